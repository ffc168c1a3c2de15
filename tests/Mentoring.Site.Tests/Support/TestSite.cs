using System.Text;
using Mentoring.Site.Build;

namespace Mentoring.Site.Tests.Support;

/// <summary>
/// A throw-away site folder: a minimal valid site (site.yml, a home page, a small theme) that a test
/// changes file by file, then builds for real into its own output/.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        school:
          full_name: Муниципальное бюджетное общеобразовательное учреждение «Тестовая школа»
          short_name: МБОУ «Тестовая школа»
          address: г. Тест
          phone: "+7 (000) 000-00-00"
          email: school@example.org
        section_title: Наставничество
        base_url: https://school.example/nastavnichestvo/
        updated: 2024-05-01
        """;

    public const string BaseLayout = """
        <!DOCTYPE html>
        <html lang="ru">
        <head><meta charset="utf-8"><title>{{ page.title }} — {{ site.section_title }}</title></head>
        <body>
        <nav>{{ for item in nav }}<a href="{{ rel item.url }}">{{ item.title }}</a> {{ end }}</nav>
        <main id="main">
        {{ content }}
        </main>
        </body>
        </html>

        """;

    public const string PageLayout = """
        <h1>{{ page.title }}</h1>
        {{ page.content }}
        <p>Обновлено: {{ date_prose page.updated }}</p>

        """;

    public const string NotFoundLayout = """
        <h1>{{ page.title }}</h1>
        <p><a href="{{ rel '' }}">На главную</a></p>

        """;

    public TestSite(bool withDefaults = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "mentoring-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withDefaults)
        {
            Write("content/site.yml", SiteYml);
            Write("content/index.md", "---\ntitle: Главная\nnav_order: 1\n---\n\nДобро пожаловать.\n");
            Write("themes/default/layouts/base.html", BaseLayout);
            Write("themes/default/layouts/page.html", PageLayout);
            Write("themes/default/layouts/not-found.html", NotFoundLayout);
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public TestSite Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    public BuildSettings Settings(DateOnly? date = null) => new()
    {
        SiteRoot = Root,
        ReferenceDate = date ?? new DateOnly(2025, 1, 15),
        MaxParallelism = 2,
    };

    public Task<BuildReport> BuildAsync(BuildMode mode = BuildMode.Build, DateOnly? date = null) =>
        SiteBuilder.RunAsync(Settings(date), mode);

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>Every file of output/ with its bytes, by relative path: for byte-for-byte comparisons.</summary>
    public SortedDictionary<string, byte[]> Snapshot(string? folder = null)
    {
        var root = folder ?? Output;
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
