using System.Collections.Immutable;

namespace Mentoring.Site.Library;

/// <summary>
/// One value of one facet dimension and the practices that have it, as indices into
/// <see cref="PracticeCatalog.Practices"/> (newest first).
/// </summary>
public sealed class Facet
{
    /// <summary>"forma", "model", "vid", "god" or "teg" (<see cref="LibraryUrls"/>).</summary>
    public required string Dimension { get; init; }

    /// <summary>Address segment: the data id, the year or the tag's slug.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The heading of the facet's page: «Практики формы «Ученик – ученик»».</summary>
    public required string Heading { get; init; }

    public required ImmutableArray<int> Members { get; init; }

    /// <summary>For a model: the id of its form.</summary>
    public string? ParentId { get; init; }

    public int Count => Members.Length;

    /// <summary>Folder of the facet's pages.</summary>
    public string Folder => LibraryUrls.FacetFolder(Dimension, Id);

    /// <summary>Output path of the first page, or null when the facet has no practices (and so no page).</summary>
    public string? Url => Members.IsEmpty ? null : LibraryUrls.Facet(Dimension, Id);
}
