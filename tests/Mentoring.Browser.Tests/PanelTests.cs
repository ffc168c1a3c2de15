using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>
/// The panel of «Версия для слабовидящих» in a real browser: each setting changes what the reader sees
/// (computed styles), settings persist across pages and reloads, «Обычная версия» restores the default,
/// the controls expose their names and states.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PanelTests(SiteFixture site)
{
    private const string Page = "programma/index.html";

    [Theory]
    [InlineData("150", 1.5)]
    [InlineData("200", 2.0)]
    public async Task Font_size_grows_the_text(string value, double factor)
    {
        var page = await OpenAsync();
        var before = await Pixels(page, "html", "fontSize");
        var body = await Pixels(page, "body", "fontSize");
        var heading = await Pixels(page, "main h1", "fontSize");
        await Looks.ChooseAsync(page, "size", value);
        Assert.Equal(value, await Attribute(page, "data-a11y-size"));
        Assert.Equal(before * factor, await Pixels(page, "html", "fontSize"), 0.5);
        Assert.Equal(body * factor, await Pixels(page, "body", "fontSize"), 0.5);
        Assert.True(await Pixels(page, "main h1", "fontSize") >= heading * factor - 0.5, "the heading grows as well");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Serif_font_is_used_for_the_text()
    {
        var page = await OpenAsync();
        var before = await Style(page, "body", "fontFamily");
        Assert.EndsWith("sans-serif", before, StringComparison.Ordinal);
        await Looks.ChooseAsync(page, "font", "serif");
        Assert.Equal("serif", await Attribute(page, "data-a11y-font"));
        var after = await Style(page, "body", "fontFamily");
        Assert.StartsWith("Georgia", after, StringComparison.Ordinal);
        Assert.EndsWith(", serif", after, StringComparison.Ordinal);
        Assert.Equal(after, await Style(page, "main p", "fontFamily"));
        Assert.Equal(after, await Style(page, ".site-nav a", "fontFamily"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Looks.SchemeNames), MemberType = typeof(Looks))]
    public async Task Colour_scheme_paints_the_page_in_its_exact_colours(string name)
    {
        var scheme = Looks.ByName(name);
        var page = await OpenAsync();
        await Looks.OpenPanelAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = scheme.Label }).ClickAsync();
        Assert.Equal(name, await Attribute(page, "data-a11y-scheme"));
        var fg = Looks.Rgb(scheme.Foreground);
        var bg = Looks.Rgb(scheme.Background);
        foreach (var selector in new[] { "html", "body", ".site-header", ".topbar", ".site-nav", ".a11y-panel", ".site-footer" })
        {
            Assert.Equal(bg, await Style(page, selector, "backgroundColor"));
        }

        foreach (var selector in new[] { "body", "main h1", "main p", "main a", ".site-nav a:not([aria-current])", ".site-footer", ".breadcrumbs a", ".a11y-btn[aria-pressed=false]" })
        {
            Assert.Equal(fg, await Style(page, selector, "color"));
        }

        // The pressed buttons and the current menu item are inverted: the same two colours.
        Assert.Equal(fg, await Style(page, ".a11y-btn[aria-pressed=true]", "backgroundColor"));
        Assert.Equal(bg, await Style(page, ".a11y-btn[aria-pressed=true]", "color"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Images_can_be_hidden_with_their_alt_text_shown_or_made_grey()
    {
        var page = await OpenAsync("monitoring/2024-2025/index.html");

        // The section has no photographs yet: a picture such as a practice's cover is added to the page.
        await page.EvaluateAsync(
            "() => { const img = document.createElement('img'); img.id = 'probe'; img.alt = 'Обложка практики'; img.width = 40; img.height = 40;" +
            " img.src = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><rect width=\"40\" height=\"40\" fill=\"red\"/></svg>');" +
            " document.querySelector('main h1').after(img); }");
        Assert.True(await page.Locator("#probe").IsVisibleAsync());
        Assert.True(await page.Locator(".chart-svg").First.IsVisibleAsync());

        await Looks.ChooseAsync(page, "images", "off");
        Assert.Equal("off", await Attribute(page, "data-a11y-images"));
        Assert.True(await page.Locator("#probe").IsHiddenAsync());
        var alt = page.Locator("#probe + .img-alt");
        Assert.True(await alt.IsVisibleAsync());
        Assert.Equal("Обложка практики", await alt.TextContentAsync());
        // Charts are pictures too: hidden, their captions and data tables stay.
        Assert.Equal(0, await page.Locator(".chart-svg").Filter(new() { Visible = true }).CountAsync());
        Assert.True(await page.Locator(".chart-title").First.IsVisibleAsync());
        Assert.True(await page.Locator(".chart-data > summary").First.IsVisibleAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Чёрно-белые" }).ClickAsync();
        Assert.Equal("gray", await Attribute(page, "data-a11y-images"));
        Assert.True(await page.Locator("#probe").IsVisibleAsync());
        Assert.True(await page.Locator("#probe + .img-alt").IsHiddenAsync());
        Assert.Equal("grayscale(1)", await Style(page, "#probe", "filter"));
        Assert.Equal("grayscale(1)", await Style(page, ".chart-svg", "filter"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Показывать" }).ClickAsync();
        Assert.Equal("none", await Style(page, "#probe", "filter"));
        Assert.True(await page.Locator(".chart-svg").First.IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("spacing", "letterSpacing", 0.12)]
    [InlineData("spacing", "wordSpacing", 0.16)]
    [InlineData("leading", "lineHeight", 1.5)]
    public async Task Spacing_grows_over_three_steps(string group, string property, double wcag)
    {
        var page = await OpenAsync();
        string[] selectors = ["body", "main h1", "main p", ".breadcrumbs a", ".site-footer p"];
        var steps = selectors.ToDictionary(s => s, _ => new List<double>());
        foreach (var value in new[] { "1", "2", "3" })
        {
            await Looks.ChooseAsync(page, group, value);
            Assert.Equal(value == "1" ? null : value, await Attribute(page, "data-a11y-" + group));
            foreach (var selector in selectors)
            {
                // In em of the element's own font size.
                steps[selector].Add(await Em(page, selector, property));
            }
        }

        foreach (var (selector, em) in steps)
        {
            Assert.True(em[0] < em[1] && em[1] < em[2], $"{property} of {selector}: {string.Join(" → ", em)} em");
            if (property != "lineHeight")
            {
                // Spacing is the same share of every text's size: headings and small print too.
                Assert.True(Math.Abs(em[2] - steps["body"][2]) < 0.005, $"{property} of {selector}: {em[2]} em, body {steps["body"][2]} em");
            }
        }

        // The largest step reaches WCAG 1.4.12 (text spacing) for the text.
        Assert.True(steps["body"][2] >= wcag && steps["main p"][2] >= wcag, $"{property}: {steps["body"][2]} em");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_persist_across_pages_and_reloads_and_the_ordinary_version_restores_the_default()
    {
        var page = await OpenAsync();
        var defaults = await Snapshot(page);
        await Looks.ChooseAsync(page, "size", "150");
        await Looks.ChooseAsync(page, "font", "serif");
        await Looks.ChooseAsync(page, "scheme", "blue");
        await Looks.ChooseAsync(page, "images", "gray");
        await Looks.ChooseAsync(page, "spacing", "2");
        await Looks.ChooseAsync(page, "leading", "3");
        var chosen = await Snapshot(page);
        Assert.NotEqual(defaults.Style, chosen.Style);
        Assert.Equal(
            """{"data-a11y":"","data-a11y-font":"serif","data-a11y-images":"gray","data-a11y-leading":"3","data-a11y-scheme":"blue","data-a11y-size":"150","data-a11y-spacing":"2"}""",
            chosen.Attributes);
        var saved = await page.EvaluateAsync<string>("() => localStorage.getItem('mentoring.a11y')");
        using (var json = JsonDocument.Parse(saved))
        {
            Assert.Equal("blue", json.RootElement.GetProperty("scheme").GetString());
        }

        // Another page, reached by a link.
        await page.Locator(".site-nav--wide a[href$='kopilka/index.html']").ClickAsync();
        await page.WaitForURLAsync("**/kopilka/index.html");
        Assert.Equal(chosen, await Snapshot(page));
        Assert.Equal("true", await page.Locator("#a11y-panel [data-a11y-set=scheme][data-a11y-value=blue]").GetAttributeAsync("aria-pressed"));

        // A reload, and a page opened by its address.
        await page.ReloadAsync();
        Assert.Equal(chosen, await Snapshot(page));
        await page.GotoAsync(site.BaseUrl + "monitoring/index.html");
        Assert.Equal(chosen, await Snapshot(page));

        // «Обычная версия» (shown in the top bar while a setting is on).
        var quick = page.Locator(".a11y-reset-quick");
        Assert.True(await quick.IsVisibleAsync());
        await quick.ClickAsync();
        Assert.Equal(defaults, await Snapshot(page));
        Assert.True(await quick.IsHiddenAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('mentoring.a11y')"));
        await page.ReloadAsync();
        Assert.Equal(defaults, await Snapshot(page));

        // The panel's own «Обычная версия» does the same.
        await Looks.ChooseAsync(page, "scheme", "wb");
        await Looks.ChooseAsync(page, "size", "200");
        await page.Locator("#a11y-panel [data-a11y-reset]").ClickAsync();
        Assert.Equal(defaults, await Snapshot(page));
        await page.GotoAsync(site.BaseUrl + Page);
        Assert.Equal(defaults, await Snapshot(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Panel_controls_expose_their_names_and_states()
    {
        var page = await OpenAsync();
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Версия для слабовидящих", Expanded = false });
        Assert.Equal(1, await toggle.CountAsync());
        Assert.Equal("copy", await toggle.GetAttributeAsync("itemprop"));
        await toggle.ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Версия для слабовидящих", Expanded = true }).CountAsync());
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Настройки версии для слабовидящих" });
        Assert.True(await panel.IsVisibleAsync());

        var groups = new Dictionary<string, string[]>
        {
            ["Размер шрифта"] = ["100 %", "150 %", "200 %"],
            ["Шрифт"] = ["Без засечек", "С засечками"],
            ["Цвета сайта"] = ["Обычные", .. Looks.Schemes.Select(s => s.Label)],
            ["Изображения"] = ["Показывать", "Скрыть", "Чёрно-белые"],
            ["Расстояние между буквами"] = ["Обычное", "Увеличенное", "Большое"],
            ["Расстояние между строками"] = ["Обычное", "Увеличенное", "Большое"],
        };
        foreach (var (legend, labels) in groups)
        {
            var group = panel.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
            Assert.Equal(1, await group.CountAsync());
            Assert.Equal(labels.Length, await group.GetByRole(AriaRole.Button).CountAsync());
            // In the default look the first option of each group is the pressed one.
            Assert.Equal(1, await group.GetByRole(AriaRole.Button, new() { Name = labels[0], Pressed = true, Exact = true }).CountAsync());
            foreach (var label in labels.Skip(1))
            {
                Assert.Equal(1, await group.GetByRole(AriaRole.Button, new() { Name = label, Pressed = false, Exact = true }).CountAsync());
            }

            // Pressing another option moves the pressed state to it.
            var last = group.GetByRole(AriaRole.Button, new() { Name = labels[^1], Exact = true });
            await last.ClickAsync();
            Assert.Equal("true", await last.GetAttributeAsync("aria-pressed"));
            Assert.Equal(1, await group.GetByRole(AriaRole.Button, new() { Pressed = true }).CountAsync());
        }

        Assert.Equal(1, await panel.GetByRole(AriaRole.Button, new() { Name = "Обычная версия" }).CountAsync());
        Assert.Equal(1, await panel.GetByRole(AriaRole.Button, new() { Name = "Закрыть настройки" }).CountAsync());

        // The script writes its labels typeset, as the pages' text is: no line ends with «с», «по» or before «%».
        Assert.Equal("Версия для\u00A0слабовидящих", await panel.Locator(".a11y-panel__title").TextContentAsync());
        Assert.Equal("С\u00A0засечками", await panel.Locator("[data-a11y-value=serif]").TextContentAsync());
        Assert.Equal("200\u00A0%", await panel.Locator("[data-a11y-set=size][data-a11y-value='200']").TextContentAsync());
        Assert.EndsWith("Белым по\u00A0чёрному", await panel.Locator("[data-a11y-value=wb]").TextContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string path = Page)
    {
        var (page, _, errors) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        Assert.Empty(errors);
        return page;
    }

    private static Task<string?> Attribute(IPage page, string name) => page.Locator("html").GetAttributeAsync(name);

    private static Task<string> Style(IPage page, string selector, string property) =>
        page.Locator(selector).First.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    private static async Task<double> Pixels(IPage page, string selector, string property) => Number(await Style(page, selector, property));

    /// <summary>A length property in em of the element's font size ("normal" spacing is 0, "normal" line height is unexpected).</summary>
    private static async Task<double> Em(IPage page, string selector, string property)
    {
        var value = await Style(page, selector, property);
        return value == "normal" && property != "lineHeight" ? 0 : Number(value) / await Pixels(page, selector, "fontSize");
    }

    private static double Number(string px) => double.Parse(px.Replace("px", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>The data-a11y-* attributes on html and the computed styles they drive.</summary>
    private static async Task<(string Attributes, string Style)> Snapshot(IPage page)
    {
        var attributes = await page.EvaluateAsync<string>(
            "() => JSON.stringify(Object.fromEntries([...document.documentElement.attributes].filter(a => a.name.startsWith('data-a11y')).map(a => [a.name, a.value]).sort()))");
        var style = await page.EvaluateAsync<string>(
            "() => { const b = getComputedStyle(document.body); const h = getComputedStyle(document.documentElement);" +
            " return [h.fontSize, b.fontSize, b.fontFamily, b.color, b.backgroundColor, b.letterSpacing, b.wordSpacing, b.lineHeight].join(' | '); }");
        return (attributes, style);
    }
}
