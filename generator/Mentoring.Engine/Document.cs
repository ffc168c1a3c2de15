using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>
/// One unit of work flowing through the pipelines. Immutable: a module that changes a document
/// returns a new one, so modules can run in parallel without sharing mutable state.
/// </summary>
public sealed class Document
{
    private static readonly ImmutableSortedDictionary<string, object?> EmptyMetadata =
        ImmutableSortedDictionary.Create<string, object?>(StringComparer.Ordinal);

    private Document(string? source, string? destination, string content, ImmutableSortedDictionary<string, object?> metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        Metadata = metadata;
    }

    /// <summary>Path of the source file relative to the content root, with '/' separators; null for generated documents.</summary>
    public string? Source { get; }

    /// <summary>Output path relative to the output root, with '/' separators; null until a module decides it.</summary>
    public string? Destination { get; }

    public string Content { get; }

    /// <summary>Metadata, ordinally sorted so that anything derived from it is deterministic.</summary>
    public ImmutableSortedDictionary<string, object?> Metadata { get; }

    public static Document Create(string? source, string? destination, string content,
        IEnumerable<KeyValuePair<string, object?>>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var meta = metadata is null ? EmptyMetadata : EmptyMetadata.SetItems(metadata);
        return new Document(Normalize(source), Normalize(destination), content, meta);
    }

    public Document WithContent(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new Document(Source, Destination, content, Metadata);
    }

    public Document WithDestination(string? destination) =>
        new(Source, Normalize(destination), Content, Metadata);

    public Document WithMetadata(string key, object? value) =>
        new(Source, Destination, Content, Metadata.SetItem(key, value));

    public Document WithMetadata(IEnumerable<KeyValuePair<string, object?>> items) =>
        new(Source, Destination, Content, Metadata.SetItems(items));

    public Document WithoutMetadata(string key) =>
        new(Source, Destination, Content, Metadata.Remove(key));

    /// <summary>The value under <paramref name="key"/> if present and of type <typeparamref name="T"/>.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public bool TryGet<T>(string key, out T value)
    {
        if (Metadata.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public override string ToString() => Source ?? Destination ?? "(документ без пути)";

    private static string? Normalize(string? path) => path?.Replace('\\', '/');
}
