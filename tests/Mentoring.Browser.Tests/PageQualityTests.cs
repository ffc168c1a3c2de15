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
    [InlineData(320)]
    [InlineData(640)] // 1280 px at 200 % zoom
    public async Task No_page_scrolls_sideways(int width)
    {
        var (page, _, _) = await site.NewPageAsync(width, 800);
        var wide = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                var culprit = await page.EvaluateAsync<string>(
                    "() => { const w = document.documentElement.clientWidth; const e = [...document.querySelectorAll('body *')].find(x => x.getBoundingClientRect().right > w + 1 && !x.closest('[tabindex],.table-scroll')); return e ? e.tagName + '.' + e.className : '?'; }");
                wide.Add($"{path}: {overflow}px wider ({culprit})");
            }
        }

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
    }

    [Fact]
    public async Task Screenshots_of_the_landing_page_are_kept_as_artifacts()
    {
        var folder = SiteFixture.ArtifactsFolder(site.RepositoryRoot);
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 1280, 375 })
        {
            var (page, _, _) = await site.NewPageAsync(width, 900);
            await page.GotoAsync(site.BaseUrl + "index.html");
            var file = Path.Combine(folder, $"landing-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 1000);
        }
    }
}
