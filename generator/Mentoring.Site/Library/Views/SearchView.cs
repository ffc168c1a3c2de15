namespace Mentoring.Site.Library.Views;

/// <summary>The <c>view</c> of the search page (layout <c>library-search</c>).</summary>
public sealed class SearchView
{
    public required string Heading { get; init; }

    /// <summary>Output path of the search manifest; the script loads it when the reader starts typing.</summary>
    public string ManifestUrl { get; init; } = LibraryUrls.SearchManifest;

    public string LibraryUrl { get; init; } = LibraryUrls.Index;

    /// <summary>The page of the library's collections, where readers without JavaScript find practices.</summary>
    public string CollectionsUrl { get; init; } = LibraryUrls.Collections;

    /// <summary>Documents in the index: pages and practices.</summary>
    public required int DocumentCount { get; init; }
}
