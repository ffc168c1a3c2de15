using System.ServiceModel.Syndication;
using Mentoring.Site.Library;
using Mentoring.Site.Output;
using Mentoring.Site.Tests.Support;
using XmlReader = System.Xml.XmlReader;

namespace Mentoring.Site.Tests.Library;

/// <summary>Whole builds with a library that is empty, unusual or wrong: the exact diagnostics, or none.</summary>
public sealed class LibraryBuildTests
{
    [Fact]
    public async Task A_link_to_a_draft_practice_is_reported_as_such()
    {
        using var site = LibrarySite.Create();
        site.Write("content/practices/chernovik.md", LibrarySite.Practice("Черновик", "2024-01-01", extra: "draft: true"));
        site.Write("content/practices/gotovaya.md", LibrarySite.Practice("Готовая", "2024-02-01",
            body: "## Описание\n\nСм. [черновик](chernovik.md).\n"));
        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        var error = Assert.Single(Formatting.Errors(report));
        Assert.StartsWith("content/practices/gotovaya.md(14,5): ошибка " + ResolveLinks.DraftTargetCode, error, StringComparison.Ordinal);

        var withDrafts = await Mentoring.Site.Build.SiteBuilder.RunAsync(site.Settings(LibrarySite.BuildDate) with { IncludeDrafts = true }, Mentoring.Site.Build.BuildMode.Build);
        Assert.True(withDrafts.Succeeded, string.Join("\n", Formatting.Lines(withDrafts)));
        Assert.True(File.Exists(Path.Combine(site.Output, "kopilka", "chernovik", "index.html")));
    }

    [Fact]
    public async Task Duplicate_slugs_fail_the_build_naming_both_files()
    {
        using var site = LibrarySite.Create();
        site.Write("content/practices/a.md", LibrarySite.Practice("А", "2024-01-01", extra: "slug: obshchiy"));
        site.Write("content/practices/b.md", LibrarySite.Practice("Б", "2024-01-02", extra: "slug: obshchiy"));
        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        Assert.Equal(
            ["content/practices/b.md(10,1): ошибка MNT0607: У практик «practices/a.md» и «practices/b.md» один адрес «kopilka/obshchiy/». Переименуйте один из файлов или задайте ему другое поле slug."],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Every_bad_field_of_a_file_is_reported_in_one_build()
    {
        using var site = LibrarySite.Create();
        site.Write("content/practices/plokhaya.md", LibrarySite.Practice("Плохая", "2024-01-01", "ученик–учитель", "равный", "вебинар",
            extra: ["cover:", "  file: net.jpg", "attachments:", "  - file: net.pdf", "    title: Нет"]));
        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        var codes = report.Diagnostics.Select(d => d.Code).ToArray();
        Assert.Equal([LibraryCodes.UnknownForm, LibraryCodes.UnknownModel, LibraryCodes.UnknownKind, LibraryCodes.CoverWithoutAlt, LibraryCodes.BadCover, LibraryCodes.MissingAttachment], codes);
        Assert.All(report.Diagnostics, d => Assert.Equal("practices/plokhaya.md", d.Path));
        Assert.Equal([4, 5, 6, 11, 11, 13], report.Diagnostics.Select(d => d.Line).ToArray());
    }

    [Fact]
    public async Task Without_a_base_url_the_feed_is_valid_and_one_warning_says_what_it_lacks()
    {
        using var site = LibrarySite.Create(baseUrl: null);
        site.Write("content/practices/a.md", LibrarySite.Practice("А", "2024-01-01"));
        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == LibraryCodes.FeedWithoutBaseUrl);
        Assert.Contains("tag:", warning.Message, StringComparison.Ordinal);
        Assert.Contains("base_url", warning.Message, StringComparison.Ordinal);
        using var reader = XmlReader.Create(Path.Combine(site.Output, "kopilka", "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.StartsWith("tag:", feed.Items.Single().Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_library_still_has_its_index_feed_search_and_home_block()
    {
        using var site = LibrarySite.Create();
        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        Assert.Contains("Практик пока нет", site.ReadOutput("kopilka/index.html"), StringComparison.Ordinal);
        Assert.Contains("<feed", site.ReadOutput("kopilka/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("\"count\":1", site.ReadOutput("search/manifest.json"), StringComparison.Ordinal);
        Assert.Contains("home-library", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corpus_practices_build_as_they_are_with_their_links()
    {
        using var site = LibrarySite.Create();
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Site.Tests", "Library", "Fixtures", "corpus-sample");
        foreach (var file in Directory.GetFiles(folder, "0*.md"))
        {
            site.Write("content/practices/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        var page = site.ReadOutput("kopilka/00006-proekt-adaptatsiia-v-novom-kollektive-opyt-nastavnicheskoi/index.html");
        Assert.Contains("href=\"../00004-master-klass-geimifikatsiia-shag-za-shagom/index.html\"", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "kopilka", "vid", "publikatsiya", "index.html")));
    }
}
