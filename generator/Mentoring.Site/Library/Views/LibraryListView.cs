namespace Mentoring.Site.Library.Views;

/// <summary>
/// The <c>view</c> of the library index and of every facet page (layout <c>library</c>): one page of cards,
/// the pagination and, on a facet page, the facets of that page's subset. The whole library's facets and the
/// filter are on a page of their own (<see cref="CollectionsView"/>), so the index stays light.
/// </summary>
public sealed class LibraryListView
{
    /// <summary>The text of the page's h1.</summary>
    public required string Heading { get; init; }

    /// <summary>One sentence under the heading, or null.</summary>
    public string? Intro { get; init; }

    /// <summary>True on the index (kopilka/index.html and its pages); false on facet pages.</summary>
    public required bool IsIndex { get; init; }

    /// <summary>Facet dimension of a facet page ("forma", "vid"…); empty on the index.</summary>
    public string Dimension { get; init; } = string.Empty;

    /// <summary>Practices of the whole list (all pages).</summary>
    public required int Total { get; init; }

    public required IReadOnlyList<PracticeCard> Cards { get; init; }

    public required Pager Pager { get; init; }

    /// <summary>Heading above <see cref="Facets"/>.</summary>
    public required string FacetsHeading { get; init; }

    public IReadOnlyList<FacetGroup> Facets { get; init; } = [];

    public string IndexUrl { get; init; } = LibraryUrls.Index;

    public string FeedUrl { get; init; } = LibraryUrls.Feed;

    public string SearchUrl { get; init; } = LibraryUrls.Search;

    /// <summary>The collections and the filter (kopilka/podborki/).</summary>
    public string CollectionsUrl { get; init; } = LibraryUrls.Collections;
}
