using System.Text.Json;
using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>
/// Keyboard only: the panel opens, changes settings and closes with Tab, Enter, Space and Escape; every tab
/// stop of representative pages shows a focus ring that stands out (≥ 3:1) from what is behind it, in the
/// default look and in every colour scheme.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class KeyboardTests(SiteFixture site)
{
    /// <summary>Pages with every kind of tab stop: menu, cards, tables, details, filters, search, pager, footer.</summary>
    private static readonly string[] FocusPages =
    [
        "index.html", "programma/index.html", "programma/monitoring-i-otsenka/index.html", "dokumenty/index.html", "monitoring/index.html", "monitoring/2024-2025/index.html",
        "kopilka/index.html", "kopilka/podborki/index.html", "kopilka/2023-10-26-adaptatsiya-pyatiklassnikov/index.html", "poisk/index.html",
    ];

    [Fact]
    public async Task The_panel_works_with_the_keyboard_only()
    {
        var (page, _, errors) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "programma/index.html");
        var toggle = page.Locator(".a11y-toggle");
        var panel = page.Locator("#a11y-panel");

        // Tab to «Версия для слабовидящих», open it with Enter.
        await TabToAsync(page, "button.a11y-toggle");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await panel.IsVisibleAsync());
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));

        // Space presses a setting, Enter another one.
        await TabToAsync(page, "#a11y-panel [data-a11y-set=size][data-a11y-value='200']");
        await page.Keyboard.PressAsync(" ");
        Assert.Equal("200", await page.Locator("html").GetAttributeAsync("data-a11y-size"));
        Assert.Equal("true", await Focused(page, "aria-pressed"));
        await TabToAsync(page, "#a11y-panel [data-a11y-set=scheme][data-a11y-value=wb]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("wb", await page.Locator("html").GetAttributeAsync("data-a11y-scheme"));
        Assert.Equal("true", await Focused(page, "aria-pressed"));
        await TabToAsync(page, "#a11y-panel [data-a11y-set=leading][data-a11y-value='3']");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("3", await page.Locator("html").GetAttributeAsync("data-a11y-leading"));

        // Escape closes the panel and gives the focus back to its control.
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await panel.IsHiddenAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await toggle.EvaluateAsync<bool>("e => e === document.activeElement"));

        // Space opens it again; «Закрыть настройки» closes it with Enter.
        await page.Keyboard.PressAsync(" ");
        Assert.True(await panel.IsVisibleAsync());
        await TabToAsync(page, "#a11y-panel [data-a11y-close]");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await panel.IsHiddenAsync());
        Assert.True(await toggle.EvaluateAsync<bool>("e => e === document.activeElement"));

        // The settings stay after a reload; «Обычная версия» in the top bar is reached with Tab.
        await page.ReloadAsync();
        Assert.Equal("wb", await page.Locator("html").GetAttributeAsync("data-a11y-scheme"));
        await TabToAsync(page, "button.a11y-reset-quick");
        await page.Keyboard.PressAsync("Enter");
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-a11y-scheme"));
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-a11y-size"));
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-a11y"));
        Assert.True(await toggle.EvaluateAsync<bool>("e => e === document.activeElement"), "the focus stays on the control after the quick reset disappears");

        // The panel's own «Обычная версия» works with Space.
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#a11y-panel [data-a11y-set=font][data-a11y-value=serif]");
        await page.Keyboard.PressAsync(" ");
        Assert.Equal("serif", await page.Locator("html").GetAttributeAsync("data-a11y-font"));
        await TabToAsync(page, "#a11y-panel [data-a11y-reset]");
        await page.Keyboard.PressAsync(" ");
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-a11y-font"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Looks.AllLooks), MemberType = typeof(Looks))]
    public async Task Focus_is_visible_on_every_tab_stop(string scheme)
    {
        var problems = new List<string>();
        var (page, _, _) = await site.NewPageAsync(a11y: Looks.Settings(scheme));
        foreach (var path in FocusPages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            var stops = await TabStopsAsync(page);
            Assert.True(stops.Count >= 20, $"{path}: only {stops.Count} tab stops were visited");
            problems.AddRange(stops.Where(s => !s.Ok).Select(s => $"{scheme} {path}: {s.Report}"));
        }

        // The panel's own controls.
        await page.GotoAsync(site.BaseUrl + "index.html");
        await Looks.OpenPanelAsync(page);
        await page.Locator(".a11y-toggle").FocusAsync();
        var panel = await TabStopsAsync(page, within: "#a11y-panel");
        Assert.Equal(1 + 3 + 2 + 6 + 3 + 3 + 3 + 1, panel.Count);
        problems.AddRange(panel.Where(s => !s.Ok).Select(s => $"{scheme} panel: {s.Report}"));
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    /// <summary>
    /// Presses Tab through the page (or until the focus leaves <paramref name="within"/>) and measures each
    /// focused element's ring: its outline (or its ::after's outline for a card whose link covers it, or its
    /// box-shadow) must be at least 2 px and contrast ≥ 3:1 with the colour behind it.
    /// </summary>
    private static async Task<List<(bool Ok, string Report)>> TabStopsAsync(IPage page, string? within = null)
    {
        var stops = new List<(bool, string)>();
        var seen = new HashSet<string>();
        var entered = false;
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var json = await page.EvaluateAsync<string?>("within => {" + Looks.ColourLib + FocusScript + "}", within);
            var stop = json is null ? null : JsonSerializer.Deserialize<FocusRing>(json, JsonSerializerOptions.Web);
            if (stop is null || (stop.Outside && entered))
            {
                break;
            }

            if (stop.Outside)
            {
                continue; // not yet in the part to check
            }

            entered = true;

            if (!seen.Add(stop.Path))
            {
                break; // back at the start: every tab stop was visited
            }

            stops.Add((stop.Ok, $"{stop.Element}: {stop.Detail}"));
        }

        return stops;
    }

    private const string FocusScript = """
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return null;
        if (within && !el.closest(within)) return JSON.stringify({ path: '', element: describe(el), ok: true, detail: 'outside', outside: true });
        const path = [];
        for (let e = el; e && e !== document.documentElement; e = e.parentElement) path.unshift(e.tagName + ':' + [...e.parentElement.children].indexOf(e));
        const rect = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        const ring = (style, behindOf) => {
          if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
            return { colour: parse(style.outlineColor), width: parseFloat(style.outlineWidth), behind: behindOf(parseFloat(style.outlineOffset)) };
          }
          return null;
        };
        // Outside the element (offset ≥ 0) the ring lies on its parent's colour, inside on its own.
        let r = ring(cs, offset => offset < 0 ? bg(el) : bg(el.parentElement));
        let how = 'outline';
        if (!r) {
          // A card whose link's ::after covers the card: the ring is around the card.
          const after = getComputedStyle(el, '::after');
          const card = el.offsetParent || el;
          r = ring(after, () => bg(card.parentElement || card));
          how = '::after outline';
        }
        if (!r && cs.boxShadow && cs.boxShadow !== 'none') {
          const m = /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px/.exec(cs.boxShadow);
          if (m && Math.max(parseFloat(m[4]), Math.abs(parseFloat(m[5]))) >= 2) {
            r = { colour: parse(m[1]), width: Math.abs(parseFloat(m[5])), behind: cs.boxShadow.includes('inset') ? bg(el) : bg(el.parentElement) };
            how = 'box-shadow';
          }
        }
        const visible = rect.width > 0 && rect.height > 0 && cs.visibility !== 'hidden';
        if (!r) return JSON.stringify({ path: path.join('/'), element: describe(el), ok: false, detail: 'no focus ring (outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor + ')' });
        const contrast = ratio(r.colour, r.behind);
        return JSON.stringify({
          path: path.join('/'), element: describe(el), ok: visible && contrast >= 3,
          detail: (visible ? '' : 'not visible; ') + how + ' ' + hex(r.colour) + ' on ' + hex(r.behind) + ' = ' + contrast.toFixed(2) + ':1',
        });
        """;

    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector).EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reaches {selector}");
    }

    private static Task<string?> Focused(IPage page, string attribute) =>
        page.EvaluateAsync<string?>("a => document.activeElement.getAttribute(a)", attribute);

    private sealed record FocusRing(string Path, string Element, bool Ok, string Detail, bool Outside = false);
}
