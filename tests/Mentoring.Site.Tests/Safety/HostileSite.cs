using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Tests.Support;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// The repository's real site (content and theme) copied into a throw-away folder, and the same site with a payload in
/// every place content reaches a page: every text value of site.yml, of every data file and of every front matter,
/// every Markdown body, file names of pages, practices, documents and images.
/// </summary>
internal static class HostileSite
{
    public static readonly DateOnly BuildDate = new(2025, 9, 1);

    /// <summary>Fields whose values are chosen from a fixed list: a payload there would be a content error, not an attack.</summary>
    private static readonly HashSet<string> Enumerations = new(StringComparer.Ordinal) { "status", "level", "unit" };

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A site with the repository's content and theme, as it is.</summary>
    public static TestSite CreateClean()
    {
        var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(site.Root, "content"));
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes", "default"), Path.Combine(site.Root, "themes", "default"));
        return site;
    }

    /// <summary>The same site with payloads everywhere; see the class summary.</summary>
    public static TestSite CreateHostile()
    {
        var site = CreateClean();
        var content = Path.Combine(site.Root, "content");

        // site.yml: every text, plus contacts that try to break out of their attributes.
        var siteYml = Poison(Read(content, "site.yml"), null) as Dictionary<string, object?> ?? throw new InvalidOperationException("site.yml");
        var school = (Dictionary<string, object?>)siteYml["school"]!;
        school["phone"] = "+7 (000) 000-00-00\"><script>alert('phone')</script> javascript:alert(1)";
        school["email"] = "school@example.org\"><script>alert('email')</script>";
        school["website"] = "https://example.org/?q=\"><script>alert('site')</script>";
        var curator = (Dictionary<string, object?>)siteYml["curator"]!;
        curator["name"] = "Куратор" + HostilePayloads.Text;
        curator["consent"] = "true";
        curator["phone"] = "javascript:alert('tel')";
        curator["email"] = "x@example.org?subject=\"><svg onload=alert(1)>";
        WriteJson(site, "content/site.yml", siteYml);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "data"), "*.yml"))
        {
            var relative = "data/" + Path.GetFileName(file);
            WriteJson(site, "content/" + relative, Poison(Read(content, relative), null));
        }

        // A document whose file name is markup.
        const string evilPdf = "files/<img src=x onerror=alert('file')>.pdf";
        site.WriteBytes("content/" + evilPdf, Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        var documents = (List<object?>)Poison(Read(content, "data/documents.yml"), null)!;
        documents.Add(new Dictionary<string, object?>
        {
            ["id"] = "zloy-dokument",
            ["title"] = "Документ" + HostilePayloads.Text,
            ["kind"] = "Приказ" + HostilePayloads.Text,
            ["date"] = "2024-01-10",
            ["number"] = "1\"><script>alert('number')</script>",
            ["file"] = evilPdf,
        });
        WriteJson(site, "content/data/documents.yml", documents);

        // Pages and practices: front matter and body.
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).ToList())
        {
            PoisonMarkdown(site, ContentPaths.ToRelative(content, file));
        }

        // A page and a practice whose file names are markup, with a cover and an attachment named the same way.
        var t = HostilePayloads.Text;
        WriteMarkdown(site, "content/\"><svg onload=alert('page')>.md", new Dictionary<string, object?>
        {
            ["title"] = "Страница" + t,
            ["description"] = "Описание" + t,
        });
        site.WriteBytes("content/practices/<svg onload=alert('cover')>.png", Png);
        site.WriteBytes("content/practices/<img src=x onerror=alert('att')>.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        WriteMarkdown(site, "content/practices/2024-01-10-<script>alert('practice')<!--.md", new Dictionary<string, object?>
        {
            ["title"] = "Практика" + t,
            ["date"] = "2024-01-10",
            ["form"] = "Педагог – педагог" + t,
            ["model"] = "Опытный педагог – молодой специалист" + t,
            ["kind"] = "Открытый урок" + t,
            ["tags"] = new[] { "тег" + t, "<script>alert('tag')</script>" },
            ["summary"] = "Кратко" + t,
            ["author_role"] = "учитель" + t,
            ["cover"] = new Dictionary<string, object?> { ["file"] = "<svg onload=alert('cover')>.png", ["alt"] = "Обложка" + t },
            ["attachments"] = new[] { new Dictionary<string, object?> { ["file"] = "<img src=x onerror=alert('att')>.pdf", ["title"] = "Приложение" + t } },
        });
        return site;
    }

    public static BuildSettings Settings(TestSite site) => site.Settings(BuildDate) with { MaxParallelism = Environment.ProcessorCount };

    /// <summary>A 1×1 PNG.</summary>
    private static byte[] Png => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static void PoisonMarkdown(TestSite site, string relative)
    {
        var full = Path.Combine(site.Root, "content", relative);
        var bag = new DiagnosticBag();
        var split = FrontMatter.Split(SourceText.NormalizeLineEnds(File.ReadAllText(full)), relative, bag)
            ?? throw new InvalidOperationException(relative + ": " + string.Join("\n", bag.Sorted()));
        var front = Poison(YamlReader.Read(split.Yaml, relative, bag), null);
        site.Write("content/" + relative, "---\n" + JsonSerializer.Serialize(front, Json) + "\n---\n" + split.Body + "\n\n" + HostilePayloads.BuildableBody);
    }

    private static void WriteMarkdown(TestSite site, string relative, Dictionary<string, object?> front) =>
        site.Write(relative, "---\n" + JsonSerializer.Serialize(front, Json) + "\n---\n\n" + HostilePayloads.BuildableBody);

    private static YamlNode? Read(string content, string relative)
    {
        var bag = new DiagnosticBag();
        var node = YamlReader.Read(SourceText.NormalizeLineEnds(File.ReadAllText(Path.Combine(content, relative))), relative, bag);
        return bag.HasErrors ? throw new InvalidOperationException(string.Join("\n", bag.Sorted())) : node;
    }

    /// <summary>Plain objects from YAML, with the payload appended to every Russian text that is not a choice from a list.</summary>
    private static object? Poison(YamlNode? node, string? key) => node switch
    {
        null => null,
        YamlScalar { IsNull: true } => null,
        YamlScalar s when key is not null && !Enumerations.Contains(key) && s.Value.Any(c => c is >= 'А' and <= 'я' or 'ё' or 'Ё') => s.Value + HostilePayloads.Text,
        YamlScalar s => s.Value,
        YamlSequence seq => seq.Items.Select(i => Poison(i, key)).ToList(),
        YamlMapping map => map.Entries.ToDictionary(e => e.Key.Value, e => Poison(e.Value, e.Key.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>JSON is YAML: every string double-quoted and escaped, so the payloads survive exactly.</summary>
    private static void WriteJson(TestSite site, string relative, object? value) =>
        site.Write(relative, JsonSerializer.Serialize(value, Json) + "\n");
}
