using System.Collections.Immutable;
using System.Globalization;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Library.Views;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Library;

/// <summary>
/// Process module of the library pipeline: the library index (in the main navigation), one list per facet
/// value — form, model, kind, year, tag — all paged, and the search page. Every list is static HTML, so
/// readers without JavaScript reach every practice through links.
/// </summary>
public sealed class CreateLibraryPages : IModule
{
    public const int PageSize = 20;
    public const string Layout = "library";
    public const int NavOrder = 10;
    public const string IndexTitle = "Методическая копилка";
    public const string SearchTitle = "Поиск по разделу";

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
        var filters = overview.Where(g => g.Dimension != LibraryUrls.ModelDimension)
            .Select(g => g with { Title = FilterLabel(g.Dimension), Items = [.. g.Items.Select(i => i with { Children = [] })] })
            .ToList();
        pages.AddRange(List(catalog, LibraryUrls.Root, IndexTitle, everything, isIndex: true, dimension: string.Empty,
            "Подборки", overview, filters));

        foreach (var facet in catalog.AllFacets.Where(f => f.Count > 0))
        {
            var facets = catalog.FacetsOf(facet.Members, exclude: facet.Dimension, current: facet);
            pages.AddRange(List(catalog, facet.Folder, facet.Heading, facet.Members, isIndex: false, facet.Dimension,
                "В этой подборке", facets, []));
        }

        pages.Add(Document.Create(null, LibraryUrls.Search, string.Empty,
        [
            new(MetadataKeys.Title, SearchTitle),
            new(MetadataKeys.Layout, "library-search"),
            new(MetadataKeys.Kind, LibraryMetadata.LibraryKind),
            new(MetadataKeys.View, new SearchView { Heading = SearchTitle, Facets = overview, DocumentCount = catalog.Count }),
        ]));
        return pages.ToImmutable();
    }

    private static string FilterLabel(string dimension) => dimension switch
    {
        LibraryUrls.FormDimension => "Форма",
        LibraryUrls.KindDimension => "Вид",
        LibraryUrls.YearDimension => "Год",
        LibraryUrls.TagDimension => "Тег",
        _ => dimension,
    };

    private static IEnumerable<Document> List(PracticeCatalog catalog, string folder, string heading, ImmutableArray<int> members,
        bool isIndex, string dimension, string facetsHeading, IReadOnlyList<FacetGroup> facets, IReadOnlyList<FacetGroup> filters)
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
                Facets = facets,
                Filters = page == 1 ? filters : [],
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
