using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>The repository's site builds cleanly, with only the warnings it is known to have, and reproducibly.</summary>
public sealed class RealSiteBuildTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void Real_site_builds_without_errors_and_warns_only_that_base_url_is_missing()
    {
        var report = site.Report;
        Assert.Equal(0, report.ErrorCount);
        var warnings = report.Diagnostics.Where(d => d.Severity == Severity.Warning).ToArray();
        Assert.True(
            warnings.Select(d => d.Code).Order(StringComparer.Ordinal).SequenceEqual(["MNT0510", "MNT0618"]),
            "Unexpected diagnostics:\n" + string.Join("\n", Formatting.Lines(report)));
        Assert.All(warnings, w => Assert.Equal("site.yml", w.Path));
        Assert.All(warnings, w => Assert.Contains("base_url", w.Message, StringComparison.Ordinal));
        Assert.True(report.Pages > 20, $"Only {report.Pages} pages were built.");
    }

    [Fact]
    public async Task Building_the_real_site_twice_gives_byte_identical_output()
    {
        var again = Path.Combine(Path.GetTempPath(), "mentoring-real-site-" + Guid.NewGuid().ToString("N"), "output");
        Directory.CreateDirectory(Path.GetDirectoryName(again)!);
        try
        {
            var report = await SiteBuilder.RunAsync(RealSiteBuild.Settings(again, site.ReferenceDate) with { MaxParallelism = 4 }, BuildMode.Build);
            Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
            var first = site.Snapshot();
            var second = RealSiteBuild.Snapshot(again);
            Assert.Equal(first.Keys, second.Keys);
            foreach (var (path, bytes) in first)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(second[path]),
                    $"{path} differs between two builds of the same content.\n--- first\n{Encoding.UTF8.GetString(bytes)}\n--- second\n{Encoding.UTF8.GetString(second[path])}");
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(again)!, recursive: true);
        }
    }
}
