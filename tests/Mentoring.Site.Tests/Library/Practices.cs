using System.Collections.Immutable;
using Mentoring.Site.Library;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Library;

/// <summary>In-memory practices over the repository's forms and kinds.</summary>
internal static class Practices
{
    public static Practice Make(string slug, string date, string model = "opytnyy-pedagog-molodoy-spetsialist", string kind = "otkrytyy-urok",
        string[]? tags = null, string? title = null, string? summary = null, bool example = false)
    {
        var data = LibraryData.Repository;
        var form = data.Forms.First(f => f.Models.Any(m => m.Id == model));
        return new Practice
        {
            Source = "practices/" + slug + ".md",
            Slug = slug,
            Title = title ?? "Практика " + slug,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Form = form,
            Model = form.Models.First(m => m.Id == model),
            Kind = data.Kinds.First(k => k.Id == kind),
            Tags = [.. (tags ?? []).Select(t => new PracticeTag(t, Transliteration.ToSlug(t)))],
            Summary = summary ?? "Описание " + slug,
            Example = example,
        };
    }

    public static PracticeCatalog Catalog(params Practice[] practices) => PracticeCatalog.Create(practices, LibraryData.Repository);

    public static ImmutableArray<string> Slugs(PracticeCatalog catalog, IEnumerable<int> indices) => [.. indices.Select(i => catalog.Practices[i].Slug)];
}
