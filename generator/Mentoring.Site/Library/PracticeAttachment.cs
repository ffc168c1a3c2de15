using Mentoring.Site.Section;

namespace Mentoring.Site.Library;

/// <summary>A checked file of a practice, with what a reader needs before downloading it.</summary>
public sealed record PracticeAttachment(string Title, AttachedFile File)
{
    /// <summary>Output path of the copied file; pass to <c>rel</c>.</summary>
    public string Url => File.OutputPath;

    /// <summary>«PDF», «DOCX».</summary>
    public string Type => File.TypeLabel;

    /// <summary>«1,2 МБ».</summary>
    public string Size => File.SizeLabel;
}
