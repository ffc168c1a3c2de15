using System.Text;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Build;

/// <summary>
/// Whole fixture sites built into a temporary folder and compared with an expected tree, file by file.
/// Set MENTORING_UPDATE_EXPECTED=1 to rewrite the expected files after an intended change (then review the diff).
/// </summary>
public sealed class FixtureSiteTests
{
    [Fact]
    public async Task Basic_site_matches_its_expected_tree()
    {
        using var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(RepositoryPaths.Fixture("basic-site"), site.Root);
        var report = await site.BuildAsync(date: new DateOnly(2025, 1, 15));
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));

        var expectedDir = RepositoryPaths.Fixture("basic-site.expected");
        var actual = site.Snapshot();
        if (Environment.GetEnvironmentVariable("MENTORING_UPDATE_EXPECTED") == "1")
        {
            if (Directory.Exists(expectedDir))
            {
                Directory.Delete(expectedDir, recursive: true);
            }

            RepositoryPaths.CopyDirectory(site.Output, expectedDir);
        }

        var expected = site.Snapshot(expectedDir);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]),
                $"{path} differs from the expected file.\n--- expected\n{Encoding.UTF8.GetString(bytes)}\n--- actual\n{Encoding.UTF8.GetString(actual[path])}");
        }
    }

    [Fact]
    public async Task Building_twice_gives_byte_identical_output()
    {
        using var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(RepositoryPaths.Fixture("basic-site"), site.Root);
        Assert.True((await site.BuildAsync()).Succeeded);
        var first = site.Snapshot();
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(first, site.Snapshot());
    }

    [Fact]
    public async Task Basic_site_publishes_what_it_should_and_nothing_else()
    {
        using var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(RepositoryPaths.Fixture("basic-site"), site.Root);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));

        Assert.True(File.Exists(Path.Combine(site.Output, "files", "polozhenie-o-nastavnichestve.pdf")));
        Assert.True(File.Exists(Path.Combine(site.Output, "o-shkole", "istoriya", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "chernovik")));
        var home = site.ReadOutput("index.html");
        Assert.Contains("href=\"programma/index.html#tseli\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"files/polozhenie-o-nastavnichestve.pdf\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", home, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", home, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Наставник\u00A0— это", home, StringComparison.Ordinal);
        Assert.Contains("«в\u00A0жизни»", home, StringComparison.Ordinal);
        var history = site.ReadOutput("o-shkole/istoriya/index.html");
        Assert.Contains("href=\"../../index.html\"", history, StringComparison.Ordinal);
        var programme = site.ReadOutput("programma/index.html");
        Assert.Contains("код &quot;без&quot; типографики и - дефиса", programme, StringComparison.Ordinal);
        Assert.Contains("29\u00A0августа 2022\u00A0г.", programme, StringComparison.Ordinal);
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://school.example/nastavnichestvo/programma/</loc><lastmod>2022-08-29</lastmod>", sitemap, StringComparison.Ordinal);
    }
}
