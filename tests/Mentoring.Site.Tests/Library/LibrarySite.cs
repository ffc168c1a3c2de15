using System.Globalization;
using System.Text;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>
/// A throw-away site with the repository's real theme and data (forms, kinds), for building the library
/// for real: practices are written one by one, then the site is built into its own output/.
/// </summary>
internal static class LibrarySite
{
    public static readonly DateOnly BuildDate = new(2025, 6, 1);

    public static TestSite Create(string? baseUrl = "https://school.example/nastavnichestvo/", bool homeWithLibrary = true)
    {
        var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes", "default"), Path.Combine(site.Root, "themes", "default"));
        foreach (var name in new[] { "forms.yml", "kinds.yml" })
        {
            site.Write("content/data/" + name, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "data", name)));
        }

        var siteYml = TestSite.SiteYml.Replace("base_url: https://school.example/nastavnichestvo/",
            baseUrl is null ? "base_url: \"\"" : "base_url: " + baseUrl, StringComparison.Ordinal);
        site.Write("content/site.yml", siteYml);
        site.Write("content/index.md", "---\ntitle: Наставничество\nlayout: home\nnav_order: 1\nnav_title: Главная\nupdated: 2024-05-01\n---\n\nНаставник помогает наставляемому.\n");
        if (homeWithLibrary)
        {
            // The theme's home layout belongs to the theme developer; this site's own layout includes the library block.
            site.Write("layouts/home.html", "<article>\n<h1>{{ page.title }}</h1>\n{{ page.content }}\n{{ include 'partials/home-library.html' }}\n</article>\n");
        }

        return site;
    }

    /// <summary>Front matter and body of a valid practice; <paramref name="extra"/> lines are added to the front matter.</summary>
    public static string Practice(
        string title,
        string date,
        string form = "Педагог – педагог",
        string model = "Опытный педагог – молодой специалист",
        string kind = "Открытый урок",
        string tags = "[]",
        string summary = "Краткое описание практики.",
        string body = "## Описание практики\n\nНаставник и молодой учитель вместе готовят урок.\n",
        params string[] extra)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: \"").Append(title.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        sb.Append("date: ").Append(date).Append('\n');
        sb.Append("form: \"").Append(form).Append("\"\n");
        sb.Append("model: \"").Append(model).Append("\"\n");
        sb.Append("kind: \"").Append(kind).Append("\"\n");
        sb.Append("tags: ").Append(tags).Append('\n');
        sb.Append("summary: \"").Append(summary).Append("\"\n");
        sb.Append("author_role: учитель\n");
        foreach (var line in extra)
        {
            sb.Append(line).Append('\n');
        }

        return sb.Append("---\n\n").Append(body).ToString();
    }

    /// <summary>Writes <paramref name="count"/> practices dated one week apart, newest last, with tags and models spread out.</summary>
    public static void AddMany(TestSite site, int count, DateOnly first)
    {
        string[][] models =
        [
            ["Педагог – педагог", "Опытный педагог – молодой специалист"],
            ["Педагог – педагог", "Педагог-новатор – консервативный педагог"],
            ["Ученик – ученик", "Успевающий – неуспевающий"],
            ["Ученик – ученик", "Равный – равному"],
        ];
        string[] kinds = ["Открытый урок", "Мастер-класс", "Публикация", "Выступление", "Проект"];
        string[] tags = ["математика", "адаптация", "физика", "олимпиада", "чтение"];
        for (var i = 0; i < count; i++)
        {
            var date = first.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var m = models[i % models.Length];
            var t = $"[{tags[i % tags.Length]}, {tags[(i + 2) % tags.Length]}]";
            site.Write($"content/practices/{date}-praktika-{i + 1:00}.md",
                Practice($"Практика номер {i + 1}", date, m[0], m[1], kinds[i % kinds.Length], t, $"Описание практики номер {i + 1}."));
        }
    }
}
