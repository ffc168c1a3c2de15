using Mentoring.Publish.Preview;
using Mentoring.Publish.Tests.Support;

namespace Mentoring.Publish.Tests.Preview;

/// <summary>The live-reload script exists in every page of the preview and in no page of a real build.</summary>
public sealed class ScriptInjectionTests
{
    [Fact]
    public async Task Build_output_never_contains_the_live_reload_script()
    {
        using var site = SampleSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);

        var files = site.Snapshot();
        Assert.Contains("index.html", files.Keys);
        foreach (var (path, bytes) in files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(LiveReload.Marker, text, StringComparison.Ordinal);
            Assert.DoesNotContain("EventSource", text, StringComparison.Ordinal);
            Assert.DoesNotContain(LiveReload.EventsPath, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Preview_output_has_the_script_before_the_end_of_body_of_every_page()
    {
        using var site = SampleSite.Create();
        var work = Path.Combine(site.Root, ".preview-work");
        using var rebuilder = new FullSiteRebuilder(site.Settings(), work);

        var generation = await rebuilder.RebuildAsync([], CancellationToken.None);

        Assert.True(generation.Succeeded, string.Join("\n", generation.Report.Diagnostics));
        var pages = TreeAssert.Snapshot(generation.Folder!).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 4);
        foreach (var (path, bytes) in pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            var script = html.IndexOf(LiveReload.Marker, StringComparison.Ordinal);
            Assert.True(script > 0, path);
            Assert.True(script < html.LastIndexOf("</body>", StringComparison.Ordinal), path);
        }

        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Each_preview_build_goes_to_a_new_folder_and_only_two_are_kept()
    {
        using var site = SampleSite.Create();
        var work = Path.Combine(site.Root, ".preview-work");
        using var rebuilder = new FullSiteRebuilder(site.Settings(), work);

        var first = await rebuilder.RebuildAsync([], CancellationToken.None);
        var second = await rebuilder.RebuildAsync(["content/index.md"], CancellationToken.None);
        site.Write("content/index.md", "---\ntitle: [\n---\n");
        var broken = await rebuilder.RebuildAsync(["content/index.md"], CancellationToken.None);
        site.Write("content/index.md", "---\ntitle: Главная\n---\n\nСнова.\n");
        var third = await rebuilder.RebuildAsync(["content/index.md"], CancellationToken.None);
        await rebuilder.Cleanup;

        Assert.False(broken.Succeeded);
        Assert.Null(broken.Folder);
        Assert.Equal(3, new[] { first.Folder, second.Folder, third.Folder }.Distinct().Count());
        Assert.False(Directory.Exists(first.Folder));
        Assert.True(Directory.Exists(second.Folder));
        Assert.True(Directory.Exists(third.Folder));
        Assert.Equal(["site-2", "site-4"], Directory.EnumerateFileSystemEntries(work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
