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

    private static bool DictionaryEqual(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public async Task Killing_the_build_mid_write_leaves_the_previous_output_intact()
    {
        using var site = BigSite();
        var first = await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        Assert.Equal(0, first.Code);
        var before = Hashes(site.Output);
        site.Write("content/index.md", "---\ntitle: Главная (новая)\nnav_order: 1\n---\n\nИзменено.\n");

        // The complete new site, built elsewhere: after a kill, output/ must be the old or the new site, whole.
        var cleanOutput = Path.Combine(site.Root, "clean-output");
        var clean = await CliProcess.RunAsync(["build", "--source", site.Root, "--output", cleanOutput, "--date", "2025-01-15"]);
        Assert.Equal(0, clean.Code);
        var after = Hashes(cleanOutput);
        Directory.Delete(cleanOutput, recursive: true);

        var kills = 0;
        for (var attempt = 0; attempt < 6 && kills < 3; attempt++)
        {
            using var process = CliProcess.Start(["build", "--source", site.Root, "--date", "2025-01-15"]);
            var staging = Path.Combine(site.Root, $".output.staging-{process.Id}");
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < TimeSpan.FromSeconds(120) && !process.HasExited
                && !(Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(20).Count() >= 20))
            {
                await Task.Delay(2);
            }

            var wasRunning = !process.HasExited;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var now = Hashes(site.Output);
            if (wasRunning && process.ExitCode != 0)
            {
                kills++;
            }

            Assert.True(now.Count > 0 && (DictionaryEqual(now, before) || DictionaryEqual(now, after)),
                "After a kill output/ must be the previous or the new site, complete.");
            if (DictionaryEqual(now, after))
            {
                // The build finished before the kill: put the old site's content back and try again.
                site.Write("content/index.md", "---\ntitle: Главная (новая)\nnav_order: 1\n---\n\nИзменено.\n");
            }
        }

        Assert.True(kills > 0, "No build was killed while running: the machine was too slow to catch one.");

        var next = await CliProcess.RunAsync(["build", "--source", site.Root, "--date", "2025-01-15"]);
        Assert.Equal(0, next.Code);
        Assert.Contains("Главная (новая)", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
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
