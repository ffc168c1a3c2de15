using System.IO.Compression;
using Mentoring.Publish.Packing;
using Mentoring.Publish.Tests.Support;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Publish.Tests.Packing;

public sealed class SitePackerTests
{
    private static readonly DateOnly Day = new(2025, 9, 1);

    [Fact]
    public async Task Two_packs_of_the_same_site_are_byte_identical()
    {
        using var site = await BuiltAsync();
        var first = Pack(site, Path.Combine(site.Root, "a"));
        // Nothing about the files' own times or the moment of packing may leak into the archive.
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-3));
        }

        await Task.Delay(1100);
        var second = Pack(site, Path.Combine(site.Root, "b"));

        Assert.Equal("mentoring-site-2025-09-01.zip", Path.GetFileName(first.ZipPath));
        Assert.Equal(File.ReadAllBytes(first.ZipPath), File.ReadAllBytes(second.ZipPath));
    }

    [Fact]
    public async Task The_zip_lists_every_file_of_output_with_the_same_bytes_in_order()
    {
        using var site = await BuiltAsync();
        var result = Pack(site, null);

        Assert.Equal(Path.Combine(site.Root, "mentoring-site-2025-09-01.zip"), result.ZipPath);
        var expected = site.Snapshot();
        using var zip = ZipFile.OpenRead(result.ZipPath);
        Assert.Equal(expected.Keys, zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(expected[entry.FullName], copy.ToArray());
            Assert.Equal(new DateTime(2025, 9, 1), entry.LastWriteTime.DateTime);
            Assert.All(entry.FullName, c => Assert.InRange(c, ' ', '~'));
        }

        Assert.Equal(expected.Count, result.Files);
        Assert.Equal(expected.Values.Sum(b => (long)b.Length), result.Bytes);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Root), f => f.EndsWith(".part", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_ASCII_name_in_output_is_refused_and_no_archive_is_left()
    {
        using var site = await BuiltAsync();
        File.WriteAllText(Path.Combine(site.Output, "документ.txt"), "x");

        var failure = Assert.Throws<PublishException>(() => Pack(site, null));

        Assert.Equal(PublishFailure.Output, failure.Failure);
        Assert.Contains("документ.txt", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, SitePacker.FileName(Day))));
    }

    [Fact]
    public void Packing_without_a_built_site_says_to_build_first()
    {
        using var site = new TestSite();
        var failure = Assert.Throws<PublishException>(() => OutputFolder.Open(site.Output));
        Assert.Contains("Сначала соберите", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_archive_is_never_put_inside_the_folder_it_packs()
    {
        using var site = await BuiltAsync();
        var failure = Assert.Throws<PublishException>(() => Pack(site, Path.Combine(site.Output, "zips")));
        Assert.Equal(PublishFailure.Configuration, failure.Failure);
    }

    [Fact]
    public async Task The_pack_command_writes_the_zip_into_the_folder_given()
    {
        using var site = await BuiltAsync();
        var to = Path.Combine(site.Root, "архивы");

        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Cli.CommandLineApp.RunAsync(["pack", "--source", site.Root, "--date", "2025-09-01", "--to", to], output, error);

        Assert.Equal(Cli.ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(to, "mentoring-site-2025-09-01.zip")));
        Assert.Contains("mentoring-site-2025-09-01.zip", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(Cli.ExitCodes.UsageError, await Cli.CommandLineApp.RunAsync(["pack", "--source", site.Root, "--date", "01.09.2025"], output, error));
        Assert.Contains("ГГГГ-ММ-ДД", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<TestSite> BuiltAsync()
    {
        var site = SampleSite.Create();
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return site;
    }

    private static PackResult Pack(TestSite site, string? to)
    {
        using var output = OutputFolder.Open(site.Output);
        return SitePacker.Pack(output, Day, to);
    }
}
