using Mentoring.Site.Build;
using Mentoring.Site.Cache;
using Mentoring.Site.Output;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Cache;

/// <summary>
/// The build cache on the school's real site (content, data and theme of the repository) with a few more
/// practices: a rebuild that reuses the cache must give exactly the bytes a clean build of the same sources
/// gives, whatever changed, and must reuse what the change does not affect.
/// </summary>
public sealed class BuildCacheTests
{
    private static readonly DateOnly Date = new(2025, 9, 1);

    public static TheoryData<string> Changes => new()
    {
        "practice-body", "practice-title", "practice-tags", "practice-added", "practice-deleted",
        "page-text", "site-yml", "roadmap-data", "document-list",
    };

    [Fact]
    public async Task Unchanged_rebuild_reuses_every_page_and_body_and_keeps_the_bytes()
    {
        using var site = RealSite();
        var first = await Build(site);
        Assert.True(first.Succeeded, Diag(first));
        Assert.Equal(0, first.Cache.PagesReused);
        var before = site.Snapshot();
        var times = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = await Build(site);

        Assert.True(second.Succeeded, Diag(second));

        // Nothing was written again: every file of output/ is the previous build's file, linked.
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
        Assert.Equal(0, second.Cache.PagesRendered);
        Assert.Equal(first.Cache.PagesRendered, second.Cache.PagesReused);
        Assert.Equal(0, second.Cache.MarkdownRendered);
        AssertSameTree(before, site.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Cached_rebuild_after_a_change_equals_a_clean_build_byte_for_byte(string change)
    {
        using var site = RealSite();

        // Files old enough to be kept, so the rebuild takes the unchanged practices from the cache too.
        await Settle();
        var initial = await Build(site);
        Assert.True(initial.Succeeded, Diag(initial));

        Apply(site, change);
        var cached = await Build(site);
        Assert.True(cached.Succeeded, Diag(cached));

        AssertSameTree(await FreshBuild(site), site.Snapshot());
        if (change != "site-yml")
        {
            // The section's title is on every page; anything else leaves pages to reuse.
            Assert.True(cached.Cache.PagesReused > 0, $"{change}: nothing was reused");
        }

        if (change is not ("site-yml" or "roadmap-data" or "document-list"))
        {
            // The data is as it was: the unchanged practices came from the cache, unread, and still gave those bytes.
            Assert.True(cached.Cache.PracticesReused > 0, $"{change}: no practice was taken from the cache");
        }
    }

    /// <summary>
    /// A change that leaves every Markdown body as it was writes no file of bodies again; a changed body writes only the
    /// files of its old and its new fingerprint, out of the <see cref="BuildCache.MarkdownShards"/>.
    /// </summary>
    [Fact]
    public async Task The_bodies_files_are_written_again_only_where_a_body_changed()
    {
        using var site = RealSite();
        Assert.True((await Build(site)).Succeeded);
        var folder = Path.Combine(site.Root, BuildCache.FolderName);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var files = Directory.GetFiles(folder, "markdown-*.bin");
        var html = Directory.GetFiles(folder, "markdown-*.html");
        Assert.Equal(files.Length, html.Length);
        Assert.True(files.Length > 3, $"the site's bodies fill only {files.Length} files");
        Assert.All(files, f => Assert.Matches(@"markdown-[0-9a-f]{2}\.bin$", f));
        var before = files.ToDictionary(f => f, File.ReadAllBytes);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Apply(site, "roadmap-data");
        var data = await Build(site);

        Assert.True(data.Succeeded, Diag(data));
        Assert.Equal(0, data.Cache.MarkdownRendered);
        Assert.All(Directory.GetFiles(folder, "markdown-*.bin"), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));

        Apply(site, "practice-body");
        var body = await Build(site);

        Assert.True(body.Succeeded, Diag(body));
        var after = Directory.GetFiles(folder, "markdown-*.bin");

        // Each file of records has its one file of HTML: the replaced one is gone.
        Assert.Equal(after.Length, Directory.GetFiles(folder, "markdown-*.html").Length);
        var written = after.Where(f => File.GetLastWriteTimeUtc(f) != old).ToList();
        Assert.InRange(written.Count, 1, 2);
        Assert.Contains(written, f => !before.TryGetValue(f, out var was) || !was.AsSpan().SequenceEqual(File.ReadAllBytes(f)));
        Assert.True(after.Length >= files.Length - 1);

        // And the next build still reuses every body it kept.
        var next = await Build(site);
        Assert.Equal(0, next.Cache.MarkdownRendered);
    }

    /// <summary>
    /// Related practices depend only on models, forms, kinds, tags and dates: an edited body keeps the last build's lists
    /// (their file is not written again), changed tags compute them anew — and both give the bytes of a clean build.
    /// </summary>
    [Fact]
    public async Task Related_practices_are_computed_again_only_when_what_they_are_scored_on_changed()
    {
        using var site = RealSite();
        Assert.True((await Build(site)).Succeeded);
        var file = Path.Combine(site.Root, BuildCache.FolderName, "related.bin");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);

        Apply(site, "practice-body");
        Assert.True((await Build(site)).Succeeded);
        Assert.Equal(old, File.GetLastWriteTimeUtc(file));
        AssertSameTree(await FreshBuild(site), site.Snapshot());

        Apply(site, "practice-tags");
        Assert.True((await Build(site)).Succeeded);
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(file));
        AssertSameTree(await FreshBuild(site), site.Snapshot());
    }

    /// <summary>The one file of bodies and the one of practices of earlier versions are removed once they are kept in shards.</summary>
    [Fact]
    public async Task The_single_bodies_file_of_an_earlier_version_is_removed()
    {
        using var site = RealSite();
        var legacy = Path.Combine(site.Root, BuildCache.FolderName, "markdown.bin");
        var practices = Path.Combine(site.Root, BuildCache.FolderName, "practices.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
        File.WriteAllText(legacy, "старый кэш");
        File.WriteAllText(practices, "старый кэш практик");

        Assert.True((await Build(site)).Succeeded);

        Assert.False(File.Exists(legacy));
        Assert.False(File.Exists(practices));
        Assert.NotEmpty(Directory.GetFiles(Path.GetDirectoryName(legacy)!, "markdown-*.bin"));
    }

    /// <summary>
    /// Each output folder has its own files of pages in the cache; those of other folders do not pile up: the ones built
    /// into most recently are kept, older ones deleted (and the single file of earlier versions), and this folder's own
    /// files still serve the next build.
    /// </summary>
    [Fact]
    public async Task Only_the_latest_other_output_folders_keep_their_files_of_pages()
    {
        using var site = RealSite();
        var folder = Path.Combine(site.Root, BuildCache.FolderName);
        Directory.CreateDirectory(folder);
        var others = Enumerable.Range(1, BuildCache.OtherOutputsKept + 2).Select(i => $"pages-{i:x16}-").ToList();
        for (var i = 0; i < others.Count; i++)
        {
            foreach (var shard in new[] { "00", "2a" })
            {
                var file = Path.Combine(folder, others[i] + shard + ".bin");
                File.WriteAllText(file, "страницы другой папки вывода");
                File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1 + i, 0, 0, 0, DateTimeKind.Utc));
            }
        }

        var legacy = Path.Combine(folder, $"pages-{77:x16}.bin");
        File.WriteAllText(legacy, "один файл страниц прежней версии");

        var first = await Build(site);
        Assert.True(first.Succeeded, Diag(first));

        var left = Directory.GetFiles(folder, "pages-*.bin").Select(Path.GetFileName).ToList();
        Assert.All(others.Skip(2), prefix => Assert.Equal(2, left.Count(f => f!.StartsWith(prefix, StringComparison.Ordinal))));
        Assert.All(others.Take(2), prefix => Assert.DoesNotContain(left, f => f!.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.False(File.Exists(legacy));
        var own = left.Where(f => !others.Any(o => f!.StartsWith(o, StringComparison.Ordinal))).ToList();
        Assert.True(own.Count > 3, $"this output's pages fill only {own.Count} files");
        Assert.Equal(0, (await Build(site)).Cache.PagesRendered);
    }

    /// <summary>
    /// The pages' entries are kept in <see cref="BuildCache.PageShards"/> files by address: a rebuild in which no page
    /// changed writes none of them, a changed practice body only the files of the output files it changed.
    /// </summary>
    [Fact]
    public async Task The_pages_files_are_written_again_only_where_a_page_changed()
    {
        using var site = RealSite();
        Assert.True((await Build(site)).Succeeded);
        var folder = Path.Combine(site.Root, BuildCache.FolderName);
        var files = BackdatedCacheFiles(folder, "pages", @"pages-[0-9a-f]{16}-[0-9a-f]{2}\.bin$");

        var same = await Build(site);
        Assert.True(same.Succeeded, Diag(same));
        Assert.Equal(0, same.Cache.PagesRendered);
        Assert.All(files, f => Assert.Equal(Backdated, File.GetLastWriteTimeUtc(f)));

        var before = site.Snapshot();
        Apply(site, "practice-body");
        var body = await Build(site);

        // The practice's page changed, and the files of the search index that hold its words: at most one file of
        // entries for each.
        Assert.True(body.Succeeded, Diag(body));
        var after = site.Snapshot();
        var changed = after.Count(f => !before.TryGetValue(f.Key, out var was) || !was.AsSpan().SequenceEqual(f.Value));
        var written = files.Count(f => File.GetLastWriteTimeUtc(f) != Backdated);
        Assert.InRange(written, 1, changed);
        Assert.True(written < files.Length / 2, $"{written} of {files.Length} files of pages written for {changed} changed files");
        AssertSameTree(await FreshBuild(site), site.Snapshot());
        Assert.Equal(0, (await Build(site)).Cache.PagesRendered);
    }

    /// <summary>
    /// The parsed practices are kept in <see cref="BuildCache.PracticeShards"/> files by source path: a rebuild that
    /// reuses every practice writes none of them, an edited practice only the file it is in.
    /// </summary>
    [Fact]
    public async Task The_practices_files_are_written_again_only_where_a_practice_changed()
    {
        using var site = RealSite();
        await Settle();
        Assert.True((await Build(site)).Succeeded);
        var folder = Path.Combine(site.Root, BuildCache.FolderName);
        var files = BackdatedCacheFiles(folder, "practices", @"practices-[0-9a-f]{2}\.bin$");

        var same = await Build(site);
        Assert.True(same.Succeeded, Diag(same));
        Assert.True(same.Cache.PracticesReused > 0);
        Assert.All(files, f => Assert.Equal(Backdated, File.GetLastWriteTimeUtc(f)));

        Apply(site, "practice-body");
        await Settle();
        var body = await Build(site);

        Assert.True(body.Succeeded, Diag(body));
        Assert.Equal(1, files.Count(f => File.GetLastWriteTimeUtc(f) != Backdated));
        Assert.Equal(same.Cache.PracticesReused - 1, body.Cache.PracticesReused);
        var next = await Build(site);
        Assert.Equal(same.Cache.PracticesReused, next.Cache.PracticesReused);
    }

    [Fact]
    public async Task A_changed_practice_body_renders_only_that_practice_page_and_its_body()
    {
        using var site = RealSite();
        var initial = await Build(site);
        Assert.True(initial.Succeeded, Diag(initial));
        Apply(site, "practice-body");

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(1, report.Cache.PagesRendered);
        Assert.Equal(1, report.Cache.MarkdownRendered);
        var showing = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("проверки кэша", StringComparison.Ordinal));
        Assert.Single(showing);
    }

    [Fact]
    public async Task A_changed_practice_title_renders_its_page_and_the_pages_that_show_it_not_the_whole_site()
    {
        using var site = RealSite();
        var first = await Build(site);
        Apply(site, "practice-title");

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.InRange(report.Cache.PagesRendered, 2, first.Cache.PagesRendered / 2);
        Assert.Equal(0, report.Cache.MarkdownRendered);
    }

    [Fact]
    public async Task Clean_ignores_the_stored_cache_and_writes_a_fresh_one()
    {
        using var site = RealSite();
        var initial = await Build(site);
        Assert.True(initial.Succeeded, Diag(initial));
        var before = site.Snapshot();

        var clean = await SiteBuilder.RunAsync(site.Settings(Date) with { Clean = true }, BuildMode.Build);
        Assert.Equal(0, clean.Cache.PagesReused);
        Assert.Equal(0, clean.Cache.MarkdownReused);
        AssertSameTree(before, site.Snapshot());

        var next = await Build(site);
        Assert.Equal(0, next.Cache.PagesRendered);
    }

    [Fact]
    public async Task A_theme_change_renders_every_page_again()
    {
        using var site = RealSite();
        var first = await Build(site);
        var footer = Path.Combine(site.Root, "themes", "default", "partials", "footer.html");
        File.AppendAllText(footer, "<p>Изменённый подвал</p>\n");

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(0, report.Cache.PagesReused);
        Assert.Equal(first.Cache.PagesRendered, report.Cache.PagesRendered);
        Assert.Contains("Изменённый подвал", site.ReadOutput("index.html"), StringComparison.Ordinal);

        // Markdown does not depend on the theme: the bodies are still reused.
        Assert.Equal(0, report.Cache.MarkdownRendered);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("resealed")]
    public async Task A_corrupt_cache_is_discarded_never_trusted(string damage)
    {
        using var site = RealSite();
        var initial = await Build(site);
        Assert.True(initial.Succeeded, Diag(initial));
        var before = site.Snapshot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, BuildCache.FolderName), "*.bin"))
        {
            Damage(file, damage);
        }

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(0, report.Cache.PagesReused);
        Assert.Equal(0, report.Cache.MarkdownReused);
        AssertSameTree(before, site.Snapshot());

        // The build replaced the damaged files with good ones.
        Assert.Equal(0, (await Build(site)).Cache.PagesRendered);
    }

    /// <summary>
    /// The HTML of the bodies lies in files of its own, read only for the pages rendered again and checked then against
    /// the fingerprint in the checksummed record. A file that is missing or too short is left out when the cache is
    /// opened; one damaged inside is caught when a page needs it, and the build starts over without the cache (with a
    /// warning) — either way the bytes of a clean build, and the next build has a sound cache again.
    /// </summary>
    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("empty")]
    [InlineData("missing")]
    public async Task A_damaged_file_of_body_html_is_never_trusted(string damage)
    {
        using var site = RealSite();
        Assert.True((await Build(site)).Succeeded);
        var files = Directory.GetFiles(Path.Combine(site.Root, BuildCache.FolderName), "markdown-*.html");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            if (damage == "missing")
            {
                File.Delete(file);
            }
            else
            {
                Damage(file, damage);
            }
        }

        // Every page is rendered again, each with its body from the cache.
        File.AppendAllText(Path.Combine(site.Root, "themes", "default", "partials", "footer.html"), "<p>Изменённый подвал</p>\n");

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(0, report.Cache.MarkdownReused);
        Assert.Equal(damage == "flip", report.Diagnostics.Any(d => d.Code == SiteBuilder.CacheDamagedCode));
        AssertSameTree(await FreshBuild(site), site.Snapshot());

        var next = await Build(site);
        Assert.True(next.Succeeded, Diag(next));
        Assert.Equal(0, next.Cache.PagesRendered);
        Assert.Equal(0, next.Cache.MarkdownRendered);
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == SiteBuilder.CacheDamagedCode);
    }

    [Fact]
    public async Task A_page_changed_or_removed_in_output_by_hand_is_written_again()
    {
        using var site = RealSite();
        var initial = await Build(site);
        Assert.True(initial.Succeeded, Diag(initial));
        var before = site.Snapshot();
        File.WriteAllText(Path.Combine(site.Output, "programma", "index.html"), "испорчено");
        File.Delete(Path.Combine(site.Output, "index.html"));

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(2, report.Cache.PagesRendered);
        AssertSameTree(before, site.Snapshot());
    }

    /// <summary>
    /// A rebuild takes unchanged practices from the cache without reading their files (their pages are then reused too:
    /// the practice made from the record is the one parsing made); a changed file is read and parsed again.
    /// </summary>
    [Fact]
    public async Task Unchanged_practices_are_not_read_again_and_a_changed_one_is()
    {
        using var site = RealSite();
        await Settle();
        var first = await Build(site);
        Assert.True(first.Succeeded, Diag(first));
        Assert.Equal(0, first.Cache.PracticesReused);

        var second = await Build(site);
        var practices = Directory.GetFiles(Path.Combine(site.Root, "content", "practices"), "*.md").Length;
        Assert.True(second.Succeeded, Diag(second));
        Assert.InRange(second.Cache.PracticesReused, practices - 3, practices);
        Assert.Equal(0, second.Cache.PagesRendered);

        Apply(site, "practice-body");
        var third = await Build(site);

        Assert.True(third.Succeeded, Diag(third));
        Assert.Equal(second.Cache.PracticesReused - 1, third.Cache.PracticesReused);
        AssertSameTree(await FreshBuild(site), site.Snapshot());
    }

    /// <summary>
    /// An edit that keeps the file's size and puts its modification time back is still seen: the change time (ctime)
    /// cannot be set back.
    /// </summary>
    [Fact]
    public async Task A_same_size_edit_with_the_old_modification_time_is_read_again()
    {
        using var site = RealSite();
        var path = Path.Combine(site.Root, "content", "practices", ChangedPractice);

        // A time the file system keeps exactly, so that setting it again gives the very same modification time.
        var time = new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, time);
        await Settle();
        Assert.True((await Build(site)).Succeeded);
        var unchanged = await Build(site);
        Assert.True(unchanged.Cache.PracticesReused > 0);
        Assert.True(unchanged.Succeeded);
        Assert.Equal(0, unchanged.Cache.PagesRendered);
        var text = File.ReadAllText(path);
        // A letter of the body for another of the same length in UTF-8.
        var at = text.LastIndexOf('а');
        var edited = string.Concat(text.AsSpan(0, at), "о", text.AsSpan(at + 1));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), System.Text.Encoding.UTF8.GetByteCount(edited));
        File.WriteAllText(path, edited);
        File.SetLastWriteTimeUtc(path, time);

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.True(report.Cache.PagesRendered > 0);
        AssertSameTree(await FreshBuild(site), site.Snapshot());
    }

    /// <summary>The site's data is part of what a practice is checked against: a change to it parses every practice again.</summary>
    [Fact]
    public async Task A_change_to_the_data_parses_every_practice_again()
    {
        using var site = RealSite();
        await Settle();
        Assert.True((await Build(site)).Succeeded);
        Assert.True((await Build(site)).Cache.PracticesReused > 0);
        Apply(site, "roadmap-data");

        var report = await Build(site);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(0, report.Cache.PracticesReused);
        Assert.Equal(0, report.Cache.MarkdownRendered);
    }

    /// <summary>The build's date is part of a practice's checks (a date in the future is reported): another date parses every practice again.</summary>
    [Fact]
    public async Task Another_build_date_parses_every_practice_again()
    {
        using var site = RealSite();
        await Settle();
        Assert.True((await Build(site)).Succeeded);
        Assert.True((await Build(site)).Cache.PracticesReused > 0);

        var report = await SiteBuilder.RunAsync(site.Settings(Date.AddDays(1)), BuildMode.Build);

        Assert.True(report.Succeeded, Diag(report));
        Assert.Equal(0, report.Cache.PracticesReused);
        Assert.True((await Build(site)).Cache.PracticesReused == 0, "the date before is again another date");
    }

    /// <summary>A file changed less than a second before its stamp was taken is not kept under it (it could change again unseen).</summary>
    [Fact]
    public void A_file_changed_just_now_is_not_settled()
    {
        var now = new DateTime(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);
        static SourceStamp ChangedAt(DateTime when)
        {
            var since = when - DateTime.UnixEpoch;
            return new SourceStamp(1, 2, 3, 0, 0, (long)since.TotalSeconds, (uint)(since.Ticks % TimeSpan.TicksPerSecond * 100));
        }

        Assert.False(ChangedAt(now.AddMilliseconds(-300)).SettledBy(now));
        Assert.False(ChangedAt(now.AddMilliseconds(-999)).SettledBy(now));
        Assert.True(ChangedAt(now.AddSeconds(-1)).SettledBy(now));
        Assert.True(ChangedAt(now.AddMinutes(-5)).SettledBy(now));
    }

    [Fact]
    public async Task A_body_with_a_warning_is_not_cached_so_the_warning_is_repeated()
    {
        using var site = RealSite();
        var path = Path.Combine(site.Root, "content", "practices", ChangedPractice);
        File.AppendAllText(path, "\n[опасная ссылка](javascript:alert(1))\n");

        var first = await Build(site);
        var second = await Build(site);

        Assert.Contains(first.Diagnostics, d => d.Code == "MNT0310");
        Assert.Contains(second.Diagnostics, d => d.Code == "MNT0310");
        Assert.Equal(1, second.Cache.MarkdownRendered);
    }

    [Fact]
    public async Task A_failed_build_does_not_teach_the_cache()
    {
        using var site = RealSite();
        var initial = await Build(site);
        Assert.True(initial.Succeeded, Diag(initial));
        var cacheFolder = Path.Combine(site.Root, BuildCache.FolderName);
        var stored = Directory.EnumerateFiles(cacheFolder).ToDictionary(f => f, File.ReadAllBytes);
        var path = Path.Combine(site.Root, "content", "practices", ChangedPractice);
        File.AppendAllText(path, "\n[битая ссылка](../net-takogo-fayla.md)\n");

        var failed = await Build(site);

        Assert.False(failed.Succeeded);
        foreach (var (file, bytes) in stored)
        {
            Assert.Equal(bytes, File.ReadAllBytes(file));
        }
    }

    /// <summary>
    /// Builds write into the site before last (the recycled staging folder), whose files are partly the live site's
    /// own (linked by cached builds). A chain of cached and clean builds, each after a change, gives after every step
    /// exactly the bytes of a build of the same sources into a new empty folder.
    /// </summary>
    [Fact]
    public async Task A_chain_of_cached_and_clean_builds_into_the_recycled_folder_gives_what_fresh_builds_give()
    {
        using var site = RealSite();
        Assert.True((await Build(site)).Succeeded);
        var steps = new (string Change, bool Clean)[]
        {
            ("practice-body", false), ("practice-deleted", false), ("practice-added", true),
            ("page-text", false), ("site-yml", false), ("practice-tags", true), ("document-list", false),
        };
        var previous = Path.Combine(site.Root, ".output.previous");
        foreach (var (change, clean) in steps)
        {
            Apply(site, change);
            var report = await SiteBuilder.RunAsync(site.Settings(Date) with { Clean = clean }, BuildMode.Build);
            Assert.True(report.Succeeded, $"{change}: {Diag(report)}");
            Assert.True(Directory.Exists(previous), $"{change}: the replaced site was not kept for the next build");
            AssertSameTree(await FreshBuild(site), site.Snapshot());
        }
    }

    /// <summary>
    /// The live site and the folder the next build writes into share files (cached builds link them): a build that
    /// renders every page again, writes them at once and then fails must leave every byte of output/ as it was.
    /// </summary>
    [Fact]
    public async Task A_failed_build_into_the_recycled_folder_leaves_the_live_site_untouched()
    {
        using var site = RealSite();
        Assert.True((await Build(site)).Succeeded);
        Apply(site, "practice-body");
        Assert.True((await Build(site)).Succeeded);
        Apply(site, "practice-tags");
        Assert.True((await Build(site)).Succeeded);
        var shared = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count(f =>
            FileIdentity.TryGet(f, out var live) && FileIdentity.TryGet(Path.Combine(site.Root, ".output.previous", Path.GetRelativePath(site.Output, f)), out var kept) && live.SameFile(kept));
        Assert.True(shared > 20, $"only {shared} pages of the live site are shared with the folder of the next build");
        var before = site.Snapshot();

        Apply(site, "site-yml");
        File.AppendAllText(Path.Combine(site.Root, "content", "practices", ChangedPractice), "\n[битая ссылка](../net-takogo-fayla.md)\n");
        var failed = await Build(site);

        Assert.False(failed.Succeeded);
        Assert.True(failed.Cache.PagesRendered > 20, Diag(failed));
        AssertSameTree(before, site.Snapshot());
    }

    /// <summary>A build of the site's current sources into a new folder, without the cache.</summary>
    private static async Task<SortedDictionary<string, byte[]>> FreshBuild(TestSite site)
    {
        using var clean = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(site.Root, "content"), Path.Combine(clean.Root, "content"));
        RepositoryPaths.CopyDirectory(Path.Combine(site.Root, "themes"), Path.Combine(clean.Root, "themes"));
        var fresh = await SiteBuilder.RunAsync(clean.Settings(Date) with { Clean = true }, BuildMode.Build);
        Assert.True(fresh.Succeeded, Diag(fresh));
        Assert.Equal(0, fresh.Cache.PagesReused);
        return clean.Snapshot();
    }

    private static string Diag(BuildReport report) => string.Join('\n', Formatting.Lines(report));

    private const string ChangedPractice = "2023-10-26-adaptatsiya-pyatiklassnikov.md";

    private static Task<BuildReport> Build(TestSite site) => SiteBuilder.RunAsync(site.Settings(Date), BuildMode.Build);

    /// <summary>Waits until files written just now are old enough to be kept under their stamps (<see cref="SourceStamp.SettleTime"/>).</summary>
    private static readonly DateTime Backdated = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The cache's sharded files of one kind, checked to be several and well named, each set to <see cref="Backdated"/>.</summary>
    private static string[] BackdatedCacheFiles(string folder, string kind, string pattern)
    {
        var files = Directory.GetFiles(folder, kind + "-*.bin");
        Assert.True(files.Length > 3, $"the site's {kind} fill only {files.Length} files");
        Assert.All(files, f => Assert.Matches(pattern, f));
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, Backdated);
        }

        return files;
    }

    private static Task Settle() => Task.Delay(SourceStamp.SettleTime + TimeSpan.FromMilliseconds(200));

    /// <summary>The repository's content and theme, plus practices cloned from its examples so lists have several pages.</summary>
    private static TestSite RealSite()
    {
        var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(site.Root, "content"));
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes"), Path.Combine(site.Root, "themes"));
        var practices = Path.Combine(site.Root, "content", "practices");
        var originals = Directory.GetFiles(practices, "*.md").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 18; i++)
        {
            var text = File.ReadAllText(originals[i % originals.Length]);
            var lines = text.Split('\n');
            for (var j = 0; j < lines.Length; j++)
            {
                if (lines[j].StartsWith("title: ", StringComparison.Ordinal))
                {
                    var title = lines[j][7..];
                    lines[j] = title.EndsWith('"') ? $"title: {title[..^1]} (вариант {i + 1})\"" : $"title: {title} (вариант {i + 1})";
                }
                else if (lines[j].StartsWith("date: ", StringComparison.Ordinal))
                {
                    lines[j] = $"date: 2024-{(i % 12) + 1:00}-{(i % 27) + 1:00}";
                }
            }

            File.WriteAllText(Path.Combine(practices, $"2024-01-01-variant-{i + 1:00}.md"), string.Join('\n', lines));
        }

        return site;
    }

    private static void Apply(TestSite site, string change)
    {
        var content = Path.Combine(site.Root, "content");
        var practice = Path.Combine(content, "practices", ChangedPractice);
        switch (change)
        {
            case "practice-body":
                File.AppendAllText(practice, "\nНовый абзац для проверки кэша.\n");
                break;
            case "practice-title":
                Replace(practice, l => l.StartsWith("title: ", StringComparison.Ordinal), "title: Адаптация пятиклассников — новое название");
                break;
            case "practice-tags":
                Replace(practice, l => l.StartsWith("tags: ", StringComparison.Ordinal), "tags: [адаптация, новый тег]");
                break;
            case "practice-added":
                File.WriteAllText(Path.Combine(content, "practices", "2025-05-20-novaya-praktika.md"),
                    File.ReadAllText(practice).Replace("title: ", "title: Новая практика — ", StringComparison.Ordinal).Replace("date: 2023-10-26", "date: 2025-05-20", StringComparison.Ordinal));
                break;
            case "practice-deleted":
                File.Delete(Path.Combine(content, "practices", "2024-01-01-variant-03.md"));
                break;
            case "page-text":
                var page = Directory.GetFiles(content, "*.md").Order(StringComparer.Ordinal).First();
                File.AppendAllText(page, "\nЕщё один абзац страницы.\n");
                break;
            case "site-yml":
                Replace(Path.Combine(content, "site.yml"), l => l.StartsWith("section_title:", StringComparison.Ordinal), "section_title: Наставничество в школе");
                break;
            case "roadmap-data":
                var roadmap = Path.Combine(content, "data", "roadmap.yml");
                File.WriteAllText(roadmap, File.ReadAllText(roadmap).Replace("status: запланировано", "status: в работе", StringComparison.Ordinal));
                break;
            case "document-list":
                var documents = Path.Combine(content, "data", "documents.yml");
                File.WriteAllText(documents, File.ReadAllText(documents).Replace("  title: ", "  title: Документ — ", StringComparison.Ordinal));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private static void Replace(string path, Func<string, bool> which, string with)
    {
        var lines = File.ReadAllText(path).Split('\n');
        var index = Array.FindIndex(lines, l => which(l));
        Assert.True(index >= 0, $"no line to replace in {path}");
        lines[index] = with;
        File.WriteAllText(path, string.Join('\n', lines));
    }

    private static void Damage(string file, string how)
    {
        var bytes = File.ReadAllBytes(file);
        switch (how)
        {
            case "flip":
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(file, bytes);
                break;
            case "truncate":
                File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
                break;
            case "empty":
                File.WriteAllBytes(file, []);
                break;
            case "resealed":
                // Damaged inside, with a checksum made for the damage (a bug, not a disk): the records must not parse.
                for (var i = bytes.Length / 3; i < bytes.Length - 16; i += 97)
                {
                    bytes[i] = 0xFF;
                }

                System.IO.Hashing.XxHash128.Hash(bytes.AsSpan(0, bytes.Length - 16)).CopyTo(bytes, bytes.Length - 16);
                File.WriteAllBytes(file, bytes);
                break;
            default:
                File.WriteAllBytes(file, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);
                break;
        }
    }

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }
}
