using System.Text.RegularExpressions;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Templates;

/// <summary>The theme's link helpers the generator gives (href, in_section, tel), on the repository's own site.</summary>
public sealed partial class LinkFunctionsTests
{
    [Fact]
    public async Task With_base_url_only_in_site_yml_the_404_page_links_absolutely_and_other_pages_relatively()
    {
        using var site = RepositorySite.Copy();
        var yml = Path.Combine(site.Root, "content", "site.yml");
        var text = File.ReadAllText(yml);
        Assert.Contains("base_url: \"\"", text, StringComparison.Ordinal);
        File.WriteAllText(yml, text.Replace("base_url: \"\"", "base_url: \"https://school.example/mentoring/\"", StringComparison.Ordinal));

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var notFound = Links(site.ReadOutput("404.html"));
        Assert.Contains("https://school.example/mentoring/assets/css/site.css", notFound);
        Assert.Contains("https://school.example/mentoring/programma/", notFound);
        Assert.DoesNotContain(string.Empty, notFound);
        var chapter = Links(site.ReadOutput("programma/formy-nastavnichestva/index.html"));
        Assert.Contains("../../assets/css/site.css", chapter);
        Assert.DoesNotContain(chapter, l => l.StartsWith("https://school.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_menu_marks_the_page_itself_and_the_section_a_page_lies_in()
    {
        using var site = RepositorySite.Copy();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        // The programme's index is the page itself; its chapter is inside the programme's section; home is neither.
        // Two copies of the menu (wide and narrow), so each mark appears twice.
        Assert.Equal([("index.html", "page"), ("index.html", "page")], Current(site.ReadOutput("programma/index.html")));
        Assert.Equal([("../index.html", "true"), ("../index.html", "true")], Current(site.ReadOutput("programma/formy-nastavnichestva/index.html")));
        Assert.Equal([("index.html", "page"), ("index.html", "page")], Current(site.ReadOutput("index.html")));

        // A practice lies in the library's folder: the library's item is its section.
        var practice = Directory.GetDirectories(Path.Combine(site.Output, "kopilka"))
            .First(d => File.Exists(Path.Combine(d, "index.html")) && Path.GetFileName(d).StartsWith("20", StringComparison.Ordinal));
        Assert.Equal([("../index.html", "true"), ("../index.html", "true")], Current(File.ReadAllText(Path.Combine(practice, "index.html"))));
    }

    [Fact]
    public async Task Phone_links_keep_only_what_is_dialled()
    {
        using var site = RepositorySite.Copy();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var phones = Links(site.ReadOutput("index.html")).Where(l => l.StartsWith("tel:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(phones);
        Assert.All(phones, p => Assert.Matches("^tel:\\+?[0-9]{6,}$", p));
    }

    private static List<string> Links(string html) =>
        [.. HrefPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The menu's links marked aria-current, with the mark: ("index.html", "page").</summary>
    private static List<(string Href, string Current)> Current(string html) =>
        [.. CurrentPattern().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<li><a href=\"([^\"]*)\" aria-current=\"([a-z]+)\">")]
    private static partial Regex CurrentPattern();
}
