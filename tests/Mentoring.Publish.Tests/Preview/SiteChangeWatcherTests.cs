using Mentoring.Publish.Preview;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Publish.Tests.Preview;

/// <summary>Editors save in odd ways: in bursts, through temporary files and renames, with Cyrillic names.</summary>
public sealed class SiteChangeWatcherTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task A_burst_of_writes_gives_one_batch()
    {
        using var site = new TestSite();
        using var watcher = new SiteChangeWatcher(site.Root, Quiet, TimeSpan.FromSeconds(5));

        // An editor that writes a file in pieces: truncate, several writes, a final flush.
        for (var i = 0; i < 10; i++)
        {
            site.Write("content/index.md", $"---\ntitle: Главная\n---\n\nВерсия {i}.\n");
        }

        await using (var stream = new FileStream(Path.Combine(site.Root, "content", "index.md"), FileMode.Append))
        {
            for (var i = 0; i < 5; i++)
            {
                stream.Write("Ещё строка.\n"u8);
                await stream.FlushAsync();
            }
        }

        var batch = await NextAsync(watcher);
        Assert.Equal(["content/index.md"], batch);
        await AssertQuietAsync(watcher);
    }

    [Fact]
    public async Task Save_by_rename_reports_the_real_file_and_not_the_temporary_one()
    {
        using var site = new TestSite();
        var target = Path.Combine(site.Root, "content", "о-школе", "история.md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var watcher = new SiteChangeWatcher(site.Root, Quiet, TimeSpan.FromSeconds(5));

        // gedit-style: write a hidden temporary file, then rename it over the target.
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, ".goutputstream-ABC123");
        await File.WriteAllTextAsync(temporary, "---\ntitle: История\n---\n");
        File.Move(temporary, target, overwrite: true);
        // vim-style backup and swap files next to it.
        await File.WriteAllTextAsync(target + "~", "old");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(target)!, ".история.md.swp"), "swap");

        var batch = await NextAsync(watcher);
        Assert.Equal(["content/о-школе/история.md"], batch);
    }

    [Fact]
    public async Task Theme_changes_and_deletions_are_seen_and_changes_during_a_rebuild_wait_for_the_next_batch()
    {
        using var site = new TestSite();
        using var watcher = new SiteChangeWatcher(site.Root, Quiet, TimeSpan.FromSeconds(5));

        site.Write("themes/default/layouts/page.html", TestSite.PageLayout + "<!-- changed -->\n");
        Assert.Equal(["themes/default/layouts/page.html"], await NextAsync(watcher));

        // Nobody reads the watcher for a while (a rebuild is running): the changes wait, coalesced.
        site.Delete("content/index.md");
        site.Write("content/new.md", "---\ntitle: Новая\n---\n");
        await Task.Delay(500);
        Assert.Equal(["content/index.md", "content/new.md"], await NextAsync(watcher));
    }

    [Fact]
    public async Task A_writer_that_never_pauses_still_gets_a_batch_after_the_longest_wait()
    {
        using var site = new TestSite();
        using var watcher = new SiteChangeWatcher(site.Root, Quiet, TimeSpan.FromMilliseconds(600));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                site.Write("content/index.md", $"---\ntitle: Главная\n---\n\n{i++}\n");
                await Task.Delay(50);
            }
        });

        var started = DateTime.UtcNow;
        var batch = await NextAsync(watcher);
        var waited = DateTime.UtcNow - started;
        await stop.CancelAsync();
        await writer;

        Assert.Equal(["content/index.md"], batch);
        Assert.True(waited < TimeSpan.FromSeconds(3), waited.ToString());
    }

    [Theory]
    [InlineData("content/index.md", false)]
    [InlineData("content/о-школе/история.md", false)]
    [InlineData("content/.index.md.swp", true)]
    [InlineData("content/index.md~", true)]
    [InlineData("content/4913", true)]
    [InlineData("content/.git/HEAD", true)]
    [InlineData("content/files/~$документ.docx", true)]
    [InlineData("content/index.md___jb_tmp___", true)]
    [InlineData("themes/default/layouts/base.html", false)]
    public void Editor_temporary_files_are_ignored(string path, bool ignored) =>
        Assert.Equal(ignored, SiteChangeWatcher.IsIgnored(path));

    private static async Task<IReadOnlyList<string>> NextAsync(SiteChangeWatcher watcher)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await watcher.NextBatchAsync(timeout.Token);
    }

    private static async Task AssertQuietAsync(SiteChangeWatcher watcher)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(600));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watcher.NextBatchAsync(timeout.Token));
    }
}
