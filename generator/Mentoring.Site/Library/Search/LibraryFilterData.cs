using Mentoring.Site.Text;

namespace Mentoring.Site.Library.Search;

/// <summary>
/// <c>kopilka/filter.json</c>: what the library filter needs to combine form, kind, year and tag over all
/// practices — lookup tables and, per practice (in the catalog's order, which is also its search document
/// id), the indices of its values: <c>[form, model, kind, year, [tags], example]</c>. Titles and summaries are not repeated here: the filter fetches them from
/// the search index's document chunks, only for the practices it shows.
/// </summary>
public static class LibraryFilterData
{
    public static string Write(PracticeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var forms = Index(catalog.Forms);
        var models = Index(catalog.Models);
        var kinds = Index(catalog.Kinds);
        var tags = Index(catalog.Tags);
        return SearchJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", SearchIndexBuilder.FormatVersion);
            w.WriteString("root", "../");
            w.WriteString("docs", "../search/docs/");
            w.WriteNumber("chunk", SearchIndexBuilder.ChunkSize);
            Table(w, "forms", catalog.Forms);
            Table(w, "models", catalog.Models);
            Table(w, "kinds", catalog.Kinds);
            Table(w, "tags", catalog.Tags);
            w.WriteStartArray("items");
            foreach (var p in catalog.Practices)
            {
                w.WriteStartArray();
                w.WriteNumberValue(forms[p.Form.Id]);
                w.WriteNumberValue(models[p.Model.Id]);
                w.WriteNumberValue(kinds[p.Kind.Id]);
                w.WriteNumberValue(p.Date.Year);
                w.WriteStartArray();
                foreach (var t in p.Tags)
                {
                    w.WriteNumberValue(tags[t.Slug]);
                }

                w.WriteEndArray();
                w.WriteNumberValue(p.Example ? 1 : 0);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static Dictionary<string, int> Index(IEnumerable<Facet> facets) =>
        facets.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    private static void Table(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<Facet> facets)
    {
        w.WriteStartArray(name);
        foreach (var f in facets)
        {
            w.WriteStartArray();
            w.WriteStringValue(f.Id);
            w.WriteStringValue(Typography.ApplyToText(f.Title));
            w.WriteStringValue(f.Url ?? string.Empty);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
