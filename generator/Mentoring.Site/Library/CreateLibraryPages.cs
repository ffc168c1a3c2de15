using System.Collections.Immutable;
using System.Globalization;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Library.Views;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Library;

/// <summary>
/// Process module of the library pipeline: the library index (in the main navigation), one list per facet
/// value — form, model, kind, year, tag — all paged, the collections (every facet with its count, and the
/// filter) and the search page. Every list is static HTML, so readers without JavaScript reach every practice
/// through links.
/// </summary>
public sealed class CreateLibraryPages : IModule
{
    /// <summary>
    /// Cards per page of a list. Ten keep a full page with its narrowing facets under the page budget of issue #3
    /// (50 KB with the theme's styles and scripts) for cards of usual length.
    /// </summary>
    public const int PageSize = 10;

    /// <summary>Tags shown among the facets of a facet page: the most frequent; every tag is on the collections page.</summary>
    public const int FacetPageTags = 12;
    public const string Layout = "library";
    public const int NavOrder = 10;
    public const string IndexTitle = "Методическая копилка";
    public const string SearchTitle = "Поиск по разделу";
    public const string CollectionsTitle = "Подборки практик";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = CatalogPractices.From(input);
        return Task.FromResult(catalog is null ? input : input.AddRange(Create(catalog)));
    }

    public static ImmutableArray<Document> Create(PracticeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var pages = ImmutableArray.CreateBuilder<Document>();
        var everything = Enumerable.Range(0, catalog.Count).ToImmutableArray();
        var overview = catalog.FacetsOf(everything);
        pages.AddRange(List(catalog, LibraryUrls.Root, IndexTitle, everything, isIndex: true, dimension: string.Empty, string.Empty, []));

        foreach (var facet in catalog.AllFacets.Where(f => f.Count > 0))
        {
            var facets = Capped(catalog.FacetsOf(facet.Members, exclude: facet.Dimension, current: facet));
            pages.AddRange(List(catalog, facet.Folder, facet.Heading, facet.Members, isIndex: false, facet.Dimension,
                "В этой подборке", facets));
        }

        var collections = Document.Create(null, LibraryUrls.Collections, string.Empty,
        [
            new(MetadataKeys.Title, CollectionsTitle),
            new(MetadataKeys.Layout, "library-collections"),
            new(MetadataKeys.Kind, LibraryMetadata.LibraryKind),
            new(MetadataKeys.View, new CollectionsView { Heading = CollectionsTitle, Total = catalog.Count, Facets = overview }),
            new(MetadataKeys.Parents, ImmutableArray.Create(new Crumb(IndexTitle, LibraryUrls.Index))),
        ]);
        pages.Add(catalog.Count == 0 ? collections : collections.WithMetadata(MetadataKeys.Updated, catalog.Practices.Max(p => p.LastChanged)));

        pages.Add(Document.Create(null, LibraryUrls.Search, string.Empty,
        [
            new(MetadataKeys.Title, SearchTitle),
            new(MetadataKeys.Layout, "library-search"),
            new(MetadataKeys.Kind, LibraryMetadata.LibraryKind),
            new(MetadataKeys.View, new SearchView { Heading = SearchTitle, DocumentCount = catalog.Count }),
        ]));
        return pages.ToImmutable();
    }

    /// <summary>
    /// The facets of a facet page with its tags cut to the <see cref="FacetPageTags"/> most frequent (then in their
    /// alphabetical order): the tags of a large subset would outweigh its cards. The rest are counted and linked.
    /// </summary>
    private static IReadOnlyList<FacetGroup> Capped(IReadOnlyList<FacetGroup> groups) =>
        [.. groups.Select(g =>
        {
            if (g.Dimension != LibraryUrls.TagDimension || g.Items.Count <= FacetPageTags)
            {
                return g;
            }

            var kept = g.Items.Select((item, i) => (item, i)).OrderByDescending(x => x.item.Count).ThenBy(x => x.i)
                .Take(FacetPageTags).OrderBy(x => x.i).Select(x => x.item).ToList();
            return g with { Items = kept, More = g.Items.Count - kept.Count, MoreUrl = LibraryUrls.Collections };
        })];

    private static IEnumerable<Document> List(PracticeCatalog catalog, string folder, string heading, ImmutableArray<int> members,
        bool isIndex, string dimension, string facetsHeading, IReadOnlyList<FacetGroup> facets)
    {
        var pageCount = Math.Max(1, (members.Length + PageSize - 1) / PageSize);
        var updated = members.IsEmpty ? (DateOnly?)null : members.Max(i => catalog.Practices[i].LastChanged);
        for (var page = 1; page <= pageCount; page++)
        {
            var title = page == 1 ? heading : string.Create(CultureInfo.InvariantCulture, $"{heading} — страница {page}");
            var view = new LibraryListView
            {
                Heading = title,
                IsIndex = isIndex,
                Dimension = dimension,
                Total = members.Length,
                Cards = [.. members.Skip((page - 1) * PageSize).Take(PageSize).Select(i => catalog.Cards[i])],
                Pager = Pager.Create(folder, page, pageCount),
                FacetsHeading = facetsHeading,
                // The facets are the same for every page of a list: the first page carries them.
                Facets = page == 1 ? facets : [],
            };
            var doc = Document.Create(null, LibraryUrls.Page(folder, page), string.Empty,
            [
                new(MetadataKeys.Title, title),
                new(MetadataKeys.Layout, Layout),
                new(MetadataKeys.Kind, LibraryMetadata.LibraryKind),
                new(MetadataKeys.View, view),
            ]);
            if (updated is { } u)
            {
                doc = doc.WithMetadata(MetadataKeys.Updated, u);
            }

            if (!isIndex || page > 1)
            {
                doc = doc.WithMetadata(MetadataKeys.Parents, ImmutableArray.Create(new Crumb(IndexTitle, LibraryUrls.Index)));
            }
            else
            {
                doc = doc.WithMetadata(MetadataKeys.NavOrder, NavOrder).WithMetadata(MetadataKeys.NavTitle, IndexTitle);
            }

            yield return doc;
        }
    }
}
