using System.Diagnostics;
using System.Security.Cryptography;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Failures while building, concurrency and the environment: whatever happens, output/ is either the previous
/// complete site or the new complete site, and the next build succeeds.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ProcessSafetyTests
{
    /// <summary>A site big enough that writing it takes a noticeable time.</summary>
    private static TestSite BigSite(int pages = 400)
    {
        var site = new TestSite();
        var body = string.Concat(Enumerable.Repeat("Наставник помогает наставляемому освоиться в школе и в профессии. ", 400));
        for (var i = 0; i < pages; i++)
        {
            site.Write($"content/razdel/stranitsa-{i:D4}.md", $"---\ntitle: Страница {i}\n---\n\n## Раздел\n\n{body}\n");
        }

        return site;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>
    /// SIGKILL at several moments: early in the writing, half-way, and when the staging folder is complete, that is in
    /// the swap itself. Afterwards output/ is always there and is the previous site or the new one, byte for byte, never
    /// a mixture; the next build succeeds and leaves nothing behind but the replaced site kept for recycling.
    /// </summary>
    [Fact]
    public async Task Killing_the_build_at_any_moment_leaves_the_previous_or_the_new_output_whole()
    {
        const string changed = "---\ntitle: Главная (новая)\nnav_order: 1\n---\n\nИзменено.\n";
        using var site = BigSite();
        var first = await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        Assert.Equal(0, first.Code);
        var before = Hashes(site.Output);

        // The new site, as an uninterrupted build makes it.
        using var reference = BigSite();
        reference.Write("content/index.md", changed);
        Assert.Equal(0, (await CliProcess.RunAsync(["build", "--source", reference.Root, "--date", "2025-01-15"])).Code);
        var after = Hashes(reference.Output);
        Assert.NotEqual(before, after);

        site.Write("content/index.md", changed);
        var kills = 0;
        foreach (var filesBeforeKill in new[] { 20, after.Count / 2, after.Count })
        {
            using var process = CliProcess.Start(["build", "--source", site.Root, "--date", "2025-01-15"]);
            var staging = Path.Combine(site.Root, $".output.staging-{process.Id}");
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited && Count(staging) < filesBeforeKill)
            {
                await Task.Delay(1);
            }

            var wasRunning = !process.HasExited;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            if (wasRunning && process.ExitCode != 0)
            {
                kills++;
            }

            Assert.True(Directory.Exists(site.Output), $"output/ is missing after a kill at {filesBeforeKill} files");
            var now = Hashes(site.Output);
            Assert.True(Same(now, before) || Same(now, after), $"after a kill at {filesBeforeKill} files output/ is neither the previous site nor the new one");
        }

        Assert.True(kills > 0, "No build was killed while running: the machine was too slow to catch one.");
        var next = await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        Assert.Equal(0, next.Code);
        Assert.Equal(after, Hashes(site.Output));

        // No staging or old folder is left; only the replaced site, kept for the next build to write into.
        Assert.Equal(OperatingSystem.IsLinux() ? [".output.previous"] : [], Directory.EnumerateDirectories(site.Root, ".output.*").Select(Path.GetFileName));
    }

    /// <summary>
    /// Where the system cannot exchange two folders atomically, the swap is two renames. A kill between them leaves
    /// output/ renamed to .output.old-PID and the complete new site in .output.staging-PID: the next build — even one
    /// that fails — puts the previous site back, byte for byte.
    /// </summary>
    [Fact]
    public async Task A_kill_between_the_two_renames_of_the_swap_is_undone_by_the_next_build()
    {
        using var site = BigSite(30);
        Assert.Equal(0, (await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"])).Code);
        var before = Hashes(site.Output);

        // The state the kill leaves: previous site under .old-, a complete new one in staging, no output/.
        var staging = Path.Combine(site.Root, ".output.staging-99999");
        RepositoryPaths.CopyDirectory(site.Output, staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "новый сайт");
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.old-99999"));

        site.Write("content/slomano.md", "---\ntitle: Сломано\nupdated: 2023-02-30\n---\nТекст\n");
        var failed = await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        Assert.Equal(1, failed.Code);
        Assert.Equal(before, Hashes(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    /// <summary>A kill after the exchange but before the old site is deleted: output/ is the new site, the old one is a leftover the next build removes.</summary>
    [Fact]
    public async Task A_kill_after_the_swap_leaves_the_new_site_and_a_leftover_the_next_build_removes()
    {
        using var site = BigSite(30);
        Assert.Equal(0, (await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"])).Code);
        var built = Hashes(site.Output);
        RepositoryPaths.CopyDirectory(site.Output, Path.Combine(site.Root, ".output.staging-99999"));
        site.Write("content/slomano.md", "---\ntitle: Сломано\nupdated: 2023-02-30\n---\nТекст\n");
        Assert.Equal(1, (await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"])).Code);
        Assert.Equal(built, Hashes(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static int Count(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
        }
        catch (IOException)
        {
            // The folder was swapped away while being listed.
            return int.MaxValue;
        }
    }

    [Fact]
    public async Task Two_builds_at_once_never_mix_their_output()
    {
        using var site = BigSite(150);
        var a = CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        var b = CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        var results = await Task.WhenAll(a, b);
        Assert.All(results, r => Assert.Equal(0, r.Code));
        var once = Hashes(site.Output);
        using var clean = BigSite(150);
        var single = await CliProcess.RunAsync(["build", "--source", clean.Root, "--date", "2025-01-15"]);
        Assert.Equal(0, single.Code);
        Assert.Equal(Hashes(clean.Output), once);
    }

    [Fact]
    public async Task Output_is_byte_identical_across_time_zones_locales_and_working_directories()
    {
        using var site = BigSite(20);
        var variants = new (Dictionary<string, string> Env, string Cwd)[]
        {
            (new() { ["TZ"] = "UTC", ["LANG"] = "C", ["LC_ALL"] = "C" }, Path.GetTempPath()),
            (new() { ["TZ"] = "Asia/Vladivostok", ["LANG"] = "ru_RU.UTF-8", ["LC_ALL"] = "ru_RU.UTF-8" }, site.Root),
            (new() { ["TZ"] = "America/Los_Angeles", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" }, "/"),
        };
        Dictionary<string, string>? reference = null;
        foreach (var (env, cwd) in variants)
        {
            var run = await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"], env, cwd);
            Assert.True(run.Code == 0, run.Err);
            var hashes = Hashes(site.Output);
            reference ??= hashes;
            Assert.Equal(reference, hashes);
        }
    }

    [Fact]
    public async Task A_full_disk_is_a_clear_error_and_the_previous_output_survives()
    {
        using var site = BigSite(50);
        var mount = Path.Combine(Path.GetTempPath(), "mentoring-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mount);
        var mounted = await Shell("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount);
        Assert.True(mounted.Code == 0, "Для теста нужен root и tmpfs (mount -t tmpfs): " + mounted.Err);
        try
        {
            var output = Path.Combine(mount, "output");
            Directory.CreateDirectory(output);
            await File.WriteAllTextAsync(Path.Combine(output, "index.html"), "прежний сайт");
            var run = await CliProcess.RunAsync(["build", "--source", site.Root, "--output", output]);
            Assert.Equal(1, run.Code);
            Assert.Contains("MNT050", run.Err, StringComparison.Ordinal);
            Assert.Equal("прежний сайт", await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
            Assert.Equal(["index.html"], Directory.GetFiles(output).Select(Path.GetFileName));
            Assert.Equal(["output"], Directory.GetDirectories(mount).Select(Path.GetFileName).Where(n => n is not null && !n.EndsWith(".lock", StringComparison.Ordinal)));
        }
        finally
        {
            await Shell("umount", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    [Fact]
    public async Task A_read_only_output_folder_is_a_clear_error()
    {
        using var site = new TestSite();
        var mount = Path.Combine(Path.GetTempPath(), "mentoring-ro-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mount);
        var mounted = await Shell("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mount);
        Assert.True(mounted.Code == 0, "Для теста нужен root и tmpfs (mount -t tmpfs): " + mounted.Err);
        try
        {
            var run = await CliProcess.RunAsync(["build", "--source", site.Root, "--output", Path.Combine(mount, "output")]);
            Assert.Equal(1, run.Code);
            Assert.Contains("MNT0503", run.Err, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(mount));
        }
        finally
        {
            await Shell("umount", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    private static async Task<(int Code, string Err)> Shell(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var err = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, err);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "processes";
}
