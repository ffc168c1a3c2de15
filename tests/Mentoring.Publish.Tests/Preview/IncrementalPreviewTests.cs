using Mentoring.Publish.Preview;
using Mentoring.Publish.Tests.Support;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Publish.Tests.Preview;

/// <summary>
/// The preview rebuilds only what a change affects: the school's real site (its practices included) is built
/// once, then a practice is edited; the next generation renders that practice's page alone, links every other
/// file from the previous generation, and serves the same bytes a clean build would.
/// </summary>
public sealed class IncrementalPreviewTests
{
    private const string Practice = "content/practices/2023-10-26-adaptatsiya-pyatiklassnikov.md";

    [Fact]
    public async Task A_changed_practice_re_renders_that_page_and_links_everything_else()
    {
        using var site = RealSite();
        var work = Path.Combine(site.Root, ".preview-work");
        using var rebuilder = new FullSiteRebuilder(site.Settings(), work);
        var first = await rebuilder.RebuildAsync([], CancellationToken.None);
        Assert.True(first.Succeeded, string.Join("\n", first.Report.Diagnostics));
        Assert.Equal(0, first.Report.Cache.PagesReused);
        var before = Times(first.Folder!);

        File.AppendAllText(Path.Combine(site.Root, Practice), "\nАбзац, дописанный в предпросмотре.\n");
        var second = await rebuilder.RebuildAsync([Practice], CancellationToken.None);

        Assert.True(second.Succeeded, string.Join("\n", second.Report.Diagnostics));
        Assert.Equal(1, second.Report.Cache.PagesRendered);
        Assert.Equal(1, second.Report.Cache.MarkdownRendered);
        var after = Times(second.Folder!);
        Assert.Empty(before.Keys.Except(after.Keys));
        var rewritten = after.Where(f => !before.TryGetValue(f.Key, out var then) || f.Value != then).Select(f => f.Key).ToList();

        // The practice page, and the search index files holding its words (a new word may open a new one):
        // nothing else is written again.
        var page = Assert.Single(rewritten, p => p.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains("дописанный", File.ReadAllText(Path.Combine(second.Folder!, page)), StringComparison.Ordinal);
        Assert.All(rewritten.Where(p => p != page), p => Assert.EndsWith(".json", p, StringComparison.Ordinal));
        Assert.InRange(rewritten.Count, 2, after.Count / 4);

        // Same bytes as a clean build of the same sources (with the live-reload tag, as the preview serves).
        using var cleanRebuilder = new FullSiteRebuilder(site.Settings(), Path.Combine(site.Root, ".clean-work"));
        var clean = await cleanRebuilder.RebuildAsync([], CancellationToken.None);
        Assert.Equal(0, clean.Report.Cache.PagesReused);
        var expected = TreeAssert.Snapshot(clean.Folder!);
        var actual = TreeAssert.Snapshot(second.Folder!);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(actual[e.Key]), e.Key));
    }

    [Fact]
    public async Task A_theme_change_in_the_preview_renders_every_page_again()
    {
        using var site = RealSite();
        using var rebuilder = new FullSiteRebuilder(site.Settings(), Path.Combine(site.Root, ".preview-work"));
        var first = await rebuilder.RebuildAsync([], CancellationToken.None);
        File.AppendAllText(Path.Combine(site.Root, "themes", "default", "partials", "footer.html"), "<p>Новый подвал</p>\n");

        var second = await rebuilder.RebuildAsync(["themes/default/partials/footer.html"], CancellationToken.None);

        Assert.True(second.Succeeded, string.Join("\n", second.Report.Diagnostics));
        Assert.Equal(0, second.Report.Cache.PagesReused);
        Assert.Equal(first.Report.Cache.PagesRendered, second.Report.Cache.PagesRendered);
        Assert.Contains("Новый подвал", File.ReadAllText(Path.Combine(second.Folder!, "index.html")), StringComparison.Ordinal);
    }

    private static TestSite RealSite()
    {
        var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(site.Root, "content"));
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes"), Path.Combine(site.Root, "themes"));
        return site;
    }

    /// <summary>Modification time of every file: a file linked from the previous generation keeps it.</summary>
    private static Dictionary<string, DateTime> Times(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
