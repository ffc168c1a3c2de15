namespace Mentoring.Site.Library.Views;

/// <summary>
/// The template global <c>library</c>: what every page (the home page first) may show of the library —
/// key numbers, the newest practices and the addresses of the index, feed and search.
/// </summary>
public sealed class LibraryGlobals
{
    /// <summary>False when the site has no library pages (no practices and a theme without library layouts): link nowhere then.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Published practices.</summary>
    public required int Count { get; init; }

    /// <summary>Up to five newest practices.</summary>
    public required IReadOnlyList<PracticeCard> Newest { get; init; }

    /// <summary>Every form of data/forms.yml with its count (zero included) and its models as children.</summary>
    public required IReadOnlyList<FacetLink> Forms { get; init; }

    /// <summary>Every kind of data/kinds.yml with its count (zero included).</summary>
    public required IReadOnlyList<FacetLink> Kinds { get; init; }

    /// <summary>Years with practices, newest first.</summary>
    public required IReadOnlyList<FacetLink> Years { get; init; }

    public required int TagCount { get; init; }

    /// <summary>Shipped examples among the practices.</summary>
    public required int ExampleCount { get; init; }

    /// <summary>Date of the newest practice (or its update), or null when the library is empty.</summary>
    public DateOnly? Updated { get; init; }

    public string Url { get; init; } = LibraryUrls.Index;

    public string FeedUrl { get; init; } = LibraryUrls.Feed;

    public string SearchUrl { get; init; } = LibraryUrls.Search;
}
