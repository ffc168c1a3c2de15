namespace Mentoring.Site.Library.Views;

/// <summary>
/// The <c>view</c> of the library's collections (layout <c>library-collections</c>, kopilka/podborki/): every form with
/// its models, kind, year and tag with its count and page — the way to every practice without JavaScript — and
/// the filter, which builds its choices from these lists when JavaScript runs.
/// </summary>
public sealed class CollectionsView
{
    public required string Heading { get; init; }

    /// <summary>Practices in the library.</summary>
    public required int Total { get; init; }

    public required IReadOnlyList<FacetGroup> Facets { get; init; }

    public string IndexUrl { get; init; } = LibraryUrls.Index;

    public string FilterDataUrl { get; init; } = LibraryUrls.Filter;
}
