using System.Xml.Linq;

namespace Mentoring.Browser.Tests;

/// <summary>What every page must do in a real browser: no errors, no third-party requests, no sideways scrolling.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PageQualityTests(SiteFixture site)
{
    [Fact]
    public async Task No_page_logs_an_error_or_requests_another_origin()
    {
        var (page, foreign, errors) = await site.NewPageAsync();
        foreach (var path in site.Pages)
        {
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.NotNull(response);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }

        Assert.Empty(foreign);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(320, null)]
    [InlineData(640, null)] // 1280 px at 200 % zoom
    [InlineData(320, "200")] // the panel's 200 % text on a small phone
    public async Task No_page_scrolls_sideways(int width, string? size)
    {
        var (page, _, _) = await site.NewPageAsync(width, 800, size is null ? null : $$"""{"size":"{{size}}"}""");
        var wide = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            wide.AddRange(await Overflow(page, path));
        }

        await page.Context.CloseAsync();
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Fact]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        var (page, _, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "programma/index.html");
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        Assert.Equal("Перейти к содержанию", first.Replace('\u00A0', ' '));
        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.closest('main')?.id");
        Assert.Equal("main", focused);
    }

    [Fact]
    public async Task Print_hides_the_navigation()
    {
        var (page, _, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "programma/index.html");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        var navs = await page.EvaluateAsync<int>("() => document.querySelectorAll('nav').length");
        Assert.True(navs > 0);
        var rendered = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('nav')].filter(n => n.getClientRects().length > 0).length");
        Assert.Equal(0, rendered);
        var main = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).display");
        Assert.NotEqual("none", main);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("programma/index.html")]
    [InlineData("programma/poyasnitelnaya-zapiska/index.html")]
    [InlineData("kopilka/index.html")]
    [InlineData("kopilka/podborki/index.html")]
    [InlineData("kopilka/2023-10-26-adaptatsiya-pyatiklassnikov/index.html")]
    [InlineData("monitoring/index.html")]
    [InlineData("monitoring/2024-2025/index.html")]
    [InlineData("monitoring/uchastniki-i-pary/index.html")]
    [InlineData("dorozhnaya-karta/index.html")]
    public async Task No_sideways_scrolling_at_320px_with_the_panels_200_percent_text(string path)
    {
        var (page, _, _) = await site.NewPageAsync(320, 800, """{"size":"200"}""");
        await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal("200", await page.Locator("html").GetAttributeAsync("data-a11y-size"));
        var wide = new List<string>();
        wide.AddRange(await Overflow(page, path));

        // Open menus, tables' data and the panel itself must fit too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        wide.AddRange(await Overflow(page, path + " (details open)"));
        await Looks.OpenPanelAsync(page);
        wide.AddRange(await Overflow(page, path + " (panel open)"));
        await page.Context.CloseAsync();
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Theory]
    [InlineData(320, "100")]
    [InlineData(320, "200")]
    [InlineData(375, "100")]
    [InlineData(768, "150")]
    [InlineData(1280, "100")]
    [InlineData(1280, "200")]
    public async Task Key_figures_of_monitoring_break_lines_between_words_only(int width, string size)
    {
        // A narrow card once broke «16 из 18 баллов» inside «баллов»: every word of a card stays on one line.
        var (page, _, _) = await site.NewPageAsync(width, 900, "{\"size\":\"" + size + "\"}");
        await page.GotoAsync(site.BaseUrl + "monitoring/index.html");
        var words = await page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              for (const card of document.querySelectorAll('.key-figures li')) {
                const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const re = /[^\s\u00a0]+/g;
                  let m;
                  while ((m = re.exec(n.data))) {
                    const r = document.createRange();
                    r.setStart(n, m.index);
                    r.setEnd(n, m.index + m[0].length);
                    const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
                    out.push(m[0] + (lines.size > 1 ? ' BROKEN' : ''));
                  }
                }
              }
              return out;
            }
            """);
        await page.Context.CloseAsync();
        Assert.Contains("баллов:", words);
        var broken = words.Where(w => w.EndsWith(" BROKEN", StringComparison.Ordinal)).ToArray();
        Assert.True(broken.Length == 0, $"{width}px, text {size} %: words broken across lines: {string.Join(", ", broken)}");
    }

    [Fact]
    public void Sitemap_and_feeds_are_well_formed_xml()
    {
        var xml = Directory.EnumerateFiles(site.Output, "*.xml", SearchOption.AllDirectories).ToList();
        Assert.Contains(xml, f => f.EndsWith("sitemap.xml", StringComparison.Ordinal));
        foreach (var file in xml)
        {
            var doc = XDocument.Load(file);
            Assert.NotNull(doc.Root);
        }

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Equal(sm + "urlset", sitemap.Root!.Name);
        Assert.True(sitemap.Root.Elements(sm + "url").Count() >= site.Pages.Count - 1, "every page but 404 is in the sitemap");

        // The library's feed is Atom: feed with id, title, updated; every entry too, with a link to its practice.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feedFile = Path.Combine(site.Output, "kopilka", "feed.xml");
        var feed = XDocument.Load(feedFile);
        Assert.Equal(atom + "feed", feed.Root!.Name);
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.False(string.IsNullOrWhiteSpace(feed.Root.Element(atom + name)?.Value), $"feed/{name}");
        }

        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            foreach (var name in new[] { "id", "title", "updated" })
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(atom + name)?.Value), $"entry/{name}");
            }

            var href = entry.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
            var target = new Uri(new Uri(feedFile), href);
            Assert.True(target.IsFile && File.Exists(target.LocalPath), $"{href} → no such page");
        }
    }

    [Fact]
    public void The_pages_include_the_library()
    {
        // The tests that go over every page (axe, links, subfolder, disk, sideways scrolling) cover the library.
        foreach (var path in new[] { "kopilka/index.html", "kopilka/podborki/index.html", "kopilka/forma/pedagog-pedagog/index.html", "kopilka/god/2023/index.html",
            "kopilka/teg/adaptatsiya/index.html", "kopilka/vid/proekt/index.html", "kopilka/2023-10-26-adaptatsiya-pyatiklassnikov/index.html", "poisk/index.html" })
        {
            Assert.Contains(path, site.Pages);
        }

        Assert.True(site.Pages.Count >= 50, $"{site.Pages.Count} pages");
    }

    [Fact]
    public async Task Screenshots_of_the_landing_page_are_kept_as_artifacts()
    {
        var folder = SiteFixture.ArtifactsFolder(site.RepositoryRoot);
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 1280, 375 })
        {
            foreach (var scheme in new[] { "default", "wb" })
            {
                var (page, _, _) = await site.NewPageAsync(width, 900, Looks.Settings(scheme));
                await page.GotoAsync(site.BaseUrl + "index.html");
                var file = Path.Combine(folder, scheme == "default" ? $"landing-{width}.png" : $"landing-{width}-{scheme}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                await page.Context.CloseAsync();
                Assert.True(new FileInfo(file).Length > 1000);
            }
        }
    }

    /// <summary>How much wider than the window the page is, with the element that sticks out.</summary>
    private static async Task<IEnumerable<string>> Overflow(Microsoft.Playwright.IPage page, string label)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow <= 0)
        {
            return [];
        }

        var culprit = await page.EvaluateAsync<string>(
            "() => { const w = document.documentElement.clientWidth; const all = [...document.querySelectorAll('body *')].filter(x => x.getBoundingClientRect().right > w + 1 && !x.closest('[tabindex],.table-scroll'));" +
            " const e = all.find(x => !all.includes(x.parentElement)) || all[0]; return e ? e.tagName + '.' + e.className + ' «' + (e.textContent || '').trim().slice(0, 40) + '» right ' + Math.round(e.getBoundingClientRect().right) : '?'; }");
        return [$"{label}: {overflow}px wider ({culprit})"];
    }
}
