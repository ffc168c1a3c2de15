using System.Diagnostics;
using System.Text.Json;

namespace Mentoring.Browser.Tests;

/// <summary>The professionals' tools: the Nu HTML Checker (zero errors) and Debian's linkchecker (no broken link).</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ValidatorTests(SiteFixture site)
{
    [Fact]
    public async Task Nu_html_checker_reports_no_errors()
    {
        var jar = Path.Combine(site.RepositoryRoot, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"Nu HTML Checker не найден ({jar}). Установите: (mkdir -p tools && cd tools && npm install --prefix . vnu-jar@26.9.27) — ./test.sh делает это сам.");
        var files = site.Pages.Select(p => Path.Combine(site.Output, p)).ToList();
        var (code, stdout, stderr) = await Run("java", ["-jar", jar, "--errors-only", "--format", "json", .. files]);
        var json = string.IsNullOrWhiteSpace(stderr) ? stdout : stderr;
        using var doc = JsonDocument.Parse(json);
        var messages = doc.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (m.TryGetProperty("url", out var u) ? u.GetString()?.Replace("file:" + site.Output, string.Empty, StringComparison.Ordinal) : "?")
                + ":" + (m.TryGetProperty("lastLine", out var l) ? l.ToString() : "?")
                + ": " + (m.TryGetProperty("message", out var t) ? t.GetString() : m.ToString()))
            .ToList();
        Assert.True(messages.Count == 0, string.Join("\n", messages));
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Linkchecker_finds_no_broken_links()
    {
        Assert.True(File.Exists("/usr/bin/linkchecker"), "linkchecker не найден. Установите: apt-get install -y linkchecker (./test.sh делает это сам).");
        var (code, stdout, stderr) = await Run("linkchecker", ["--no-status", "--no-warnings", site.BaseUrl + "index.html"]);
        Assert.True(code == 0, stdout + stderr);
    }

    private static async Task<(int Code, string Out, string Err)> Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
