using System.Collections.Frozen;
using System.Globalization;

namespace Mentoring.Site.Library;

/// <summary>
/// Output paths of the library. Facet folders are Russian words in transliteration, as the rest of the
/// section's addresses: <c>kopilka/forma/…</c>, <c>kopilka/model/…</c>, <c>kopilka/vid/…</c>, <c>kopilka/god/…</c>,
/// <c>kopilka/teg/…</c>; lists continue at <c>…/page/2/index.html</c>.
/// </summary>
public static class LibraryUrls
{
    public const string Root = "kopilka/";
    public const string Index = "kopilka/index.html";
    public const string Feed = "kopilka/feed.xml";
    public const string Filter = "kopilka/filter.json";
    public const string CollectionsFolder = "podborki";
    public const string Collections = Root + CollectionsFolder + "/index.html";
    public const string Search = "poisk/index.html";
    public const string SearchManifest = "search/manifest.json";

    public const string FormDimension = "forma";
    public const string ModelDimension = "model";
    public const string KindDimension = "vid";
    public const string YearDimension = "god";
    public const string TagDimension = "teg";

    /// <summary>Folder names a practice's slug may not take: they hold the facet pages, the collections and the paging.</summary>
    public static readonly FrozenSet<string> Reserved = FrozenSet.Create(StringComparer.Ordinal,
        FormDimension, ModelDimension, KindDimension, YearDimension, TagDimension, CollectionsFolder, "page");

    public static string Practice(string slug) => Root + slug + "/index.html";

    /// <summary>The folder of a facet's pages: <c>kopilka/forma/uchenik-uchenik/</c>.</summary>
    public static string FacetFolder(string dimension, string id) => Root + dimension + "/" + id + "/";

    public static string Facet(string dimension, string id) => FacetFolder(dimension, id) + "index.html";

    public static string Year(int year) => Facet(YearDimension, year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Page <paramref name="number"/> (1-based) of a list whose first page lives in <paramref name="folder"/>.</summary>
    public static string Page(string folder, int number) =>
        number <= 1 ? folder + "index.html" : folder + "page/" + number.ToString(CultureInfo.InvariantCulture) + "/index.html";
}
