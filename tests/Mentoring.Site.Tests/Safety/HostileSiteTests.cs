using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Mentoring.Site.Build;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Safety;

/// <summary>The real site, built clean and built with payloads everywhere (<see cref="HostileSite"/>), once for all tests.</summary>
public sealed class HostileSiteFixture : IAsyncLifetime
{
    internal TestSite Clean { get; } = HostileSite.CreateClean();

    internal TestSite Hostile { get; } = HostileSite.CreateHostile();

    public BuildReport CleanReport { get; private set; } = null!;

    public BuildReport HostileReport { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        CleanReport = await SiteBuilder.RunAsync(HostileSite.Settings(Clean), BuildMode.Build);
        HostileReport = await SiteBuilder.RunAsync(HostileSite.Settings(Hostile), BuildMode.Build);
    }

    public Task DisposeAsync()
    {
        Clean.Dispose();
        Hostile.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Script injection into every place content reaches the output. Every HTML file is parsed as a browser parses it;
/// the only scripts allowed are the theme's own (those of the clean build), JSON and XML carry payloads as text.
/// </summary>
public sealed class HostileSiteTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    private const string Marker = "<script>alert('t')</script>";

    [Fact]
    public void Both_builds_succeed_payloads_are_content_not_errors()
    {
        Assert.True(site.CleanReport.Succeeded, string.Join("\n", Formatting.Errors(site.CleanReport)));
        Assert.True(site.HostileReport.Succeeded, string.Join("\n", Formatting.Errors(site.HostileReport)));
        Assert.True(site.HostileReport.Pages > site.CleanReport.Pages, "the hostile site has an extra page and practice");
    }

    [Fact]
    public void No_page_has_script_event_handlers_frames_or_script_urls_from_content()
    {
        var own = new HashSet<HtmlSafety.ScriptKey>();
        foreach (var file in HtmlFiles(site.Clean))
        {
            own.UnionWith(HtmlSafety.Scripts(File.ReadAllText(file)));
        }

        Assert.NotEmpty(own);
        Assert.All(own, s => Assert.StartsWith("assets/js/", s.Src, StringComparison.Ordinal));
        var pages = HtmlFiles(site.Hostile).ToList();
        Assert.True(pages.Count >= 40, $"only {pages.Count} pages");
        var problems = new List<string>();
        foreach (var file in pages)
        {
            problems.AddRange(HtmlSafety.Problems(File.ReadAllText(file), own).Select(p => Path.GetRelativePath(site.Hostile.Output, file) + ": " + p));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Payloads_reach_the_pages_as_visible_text()
    {
        var parser = new HtmlParser();
        var shown = 0;
        foreach (var file in HtmlFiles(site.Hostile))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var text = document.Body?.TextContent ?? string.Empty;
            if (text.Contains(Marker, StringComparison.Ordinal) || (document.Title ?? string.Empty).Contains(Marker, StringComparison.Ordinal))
            {
                shown++;
            }
        }

        // Not silently dropped: the reader sees what the curator wrote, as text.
        Assert.True(shown >= 40, $"payload text visible on {shown} pages only");
        var home = parser.ParseDocument(site.Hostile.ReadOutput("index.html"));
        Assert.Contains(Marker, home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Marker, home.Title, StringComparison.Ordinal);

        // Data reaches its pages as text: roadmap, acts, documents, forms, stages, participants, monitoring, the library.
        foreach (var page in new[] { "dorozhnaya-karta/index.html", "normativnaya-baza/index.html", "dokumenty/index.html", "formy/index.html", "etapy/index.html", "uchastniki/index.html", "monitoring/index.html", "kopilka/index.html" })
        {
            var main = parser.ParseDocument(site.Hostile.ReadOutput(page)).QuerySelector("main")!.TextContent;
            Assert.True(main.Split(Marker).Length > 3, page + " shows the payload of its data fewer than three times");
        }

        // Every vector was parsed (none swallowed the ones after it), and so was checked.
        foreach (var page in new[] { "index.html", "programma/index.html", "svg-onload-alert-page/index.html", "kopilka/2024-01-10-script-alert-practice/index.html" })
        {
            var main = parser.ParseDocument(site.Hostile.ReadOutput(page)).QuerySelector("main")!.TextContent.Replace('\u00A0', ' ');
            Assert.Contains(HostilePayloads.EndMarker, main, StringComparison.Ordinal);
            Assert.Contains("цель", main, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Template_syntax_in_content_and_data_is_shown_literally_never_run()
    {
        var parser = new HtmlParser();
        var home = parser.ParseDocument(site.Hostile.ReadOutput("index.html"));
        // Typography may put no-break spaces after short words; the text is the same.
        var h1 = home.QuerySelector("h1")!.TextContent.Replace('\u00A0', ' ');
        Assert.Contains(HostilePayloads.TemplateExpression, h1, StringComparison.Ordinal);
        Assert.Contains("{% if true %}да{% end %}", h1, StringComparison.Ordinal);
        var footer = home.QuerySelector("footer")!.TextContent.Replace('\u00A0', ' ');
        Assert.Contains(HostilePayloads.TemplateExpression, footer, StringComparison.Ordinal);
        foreach (var file in HtmlFiles(site.Hostile))
        {
            // Had "{{ site.school.email }}" run anywhere, the e-mail's payload would sit next to the curly braces' place.
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("}}school@example.org", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_outputs_parse_and_hold_payloads_only_as_escaped_strings()
    {
        var files = Directory.EnumerateFiles(site.Hostile.Output, "*.json", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("filter.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("manifest.json", StringComparison.Ordinal));
        var found = false;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);

            // Served with a wrong content type, a JSON file must still hold no markup a browser would parse.
            Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
            Assert.DoesNotContain(">", raw, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(raw);
            found |= Strings(json.RootElement).Any(s => s.Contains(Marker, StringComparison.Ordinal));
        }

        Assert.True(found, "the payload should be in the search index as text");
    }

    [Fact]
    public void Links_the_scripts_build_from_json_are_relative_paths_of_the_site()
    {
        var output = site.Hostile.Output;
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "kopilka", "filter.json")));
        var urls = new List<string>();
        foreach (var table in new[] { "forms", "models", "kinds", "tags" })
        {
            urls.AddRange(filter.RootElement.GetProperty(table).EnumerateArray().Select(row => row[2].GetString()!).Where(u => u.Length > 0));
        }

        foreach (var chunk in Directory.EnumerateFiles(Path.Combine(output, "search", "docs"), "*.json"))
        {
            using var docs = JsonDocument.Parse(File.ReadAllText(chunk));
            urls.AddRange(docs.RootElement.EnumerateArray().Select(entry => entry[1].GetString()!));
        }

        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            Assert.Matches("^[a-z0-9][a-z0-9/._-]*$", url);
            Assert.DoesNotContain("..", url, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(output, url)), url);
        });
    }

    [Fact]
    public void Feed_and_sitemap_are_well_formed_xml_with_payloads_as_text()
    {
        var feed = XDocument.Load(Path.Combine(site.Hostile.Output, "kopilka", "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.All(feed.Descendants(), e => Assert.Equal(atom, e.Name.Namespace));
        Assert.DoesNotContain(feed.Descendants(), e => (string?)e.Attribute("type") is "html" or "xhtml");
        Assert.Contains(feed.Descendants(atom + "title"), t => t.Value.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains(feed.Descendants(atom + "summary"), t => t.Value.Contains(Marker, StringComparison.Ordinal));
        Assert.All(feed.Descendants(atom + "link"), l => Assert.False(HtmlSafety.IsScriptUrl((string)l.Attribute("href")!)));

        var sitemap = XDocument.Load(Path.Combine(site.Hostile.Output, "sitemap.xml"));
        Assert.All(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => Assert.Matches("^[a-z0-9:/._-]+$", loc.Value));
    }

    [Fact]
    public void Output_file_names_are_ascii_whatever_the_content_file_names()
    {
        var names = Directory.EnumerateFileSystemEntries(site.Hostile.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Hostile.Output, f).Replace('\\', '/'))
            .ToList();
        Assert.All(names, n => Assert.Matches("^[a-z0-9][a-z0-9/._-]*$", n));
    }

    /// <summary>
    /// The library filter and the search page build results from JSON in the browser: they must insert it as text.
    /// The browser tests run them; this guards against a change that would make them parse data as HTML.
    /// </summary>
    [Theory]
    [InlineData("search.js")]
    [InlineData("library-filter.js")]
    public void Theme_scripts_insert_data_as_text_never_as_markup(string script)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "static", "js", script));
        var code = System.Text.RegularExpressions.Regex.Replace(source, @"/\*[\s\S]*?\*/|(?<![:\\'""])//[^\n]*", string.Empty);
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout('", "setTimeout(\"", "createContextualFragment", "DOMParser", "srcdoc" })
        {
            Assert.DoesNotContain(sink, code, StringComparison.Ordinal);
        }

        Assert.Contains("textContent", code, StringComparison.Ordinal);

        // Every link is made from an output path of the site, resolved against the JSON file's own address.
        foreach (var line in code.Split('\n').Where(l => l.Contains(".href =", StringComparison.Ordinal)))
        {
            Assert.True(line.Contains("new URL(", StringComparison.Ordinal) || line.Contains("href(", StringComparison.Ordinal), line.Trim());
        }
    }

    private static IEnumerable<string> HtmlFiles(TestSite s) =>
        Directory.EnumerateFiles(s.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        _ => [],
    };
}
