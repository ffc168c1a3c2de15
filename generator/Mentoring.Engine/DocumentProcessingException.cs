namespace Mentoring.Engine;

/// <summary>An unexpected failure, wrapped once with the document and module it happened in.</summary>
public sealed class DocumentProcessingException : Exception
{
    public DocumentProcessingException()
    {
    }

    public DocumentProcessingException(string message)
        : base(message)
    {
    }

    public DocumentProcessingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DocumentProcessingException(string? documentPath, string where, Exception innerException)
        : base($"Внутренняя ошибка генератора при обработке «{documentPath ?? "(без пути)"}» ({where}): {innerException?.Message}", innerException)
    {
        DocumentPath = documentPath;
    }

    public string? DocumentPath { get; }
}
