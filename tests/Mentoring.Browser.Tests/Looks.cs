using System.Globalization;
using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>
/// The looks of «Версия для слабовидящих» (domain.md §4) and the colour arithmetic the tests share:
/// WCAG relative luminance and contrast ratio, computed in the page from getComputedStyle.
/// </summary>
public static class Looks
{
    /// <summary>The five colour schemes: value of data-a11y-scheme, text and background colours, button label.</summary>
    public static readonly IReadOnlyList<Scheme> Schemes =
    [
        new("bw", "#000000", "#ffffff", "Чёрным по белому"),
        new("wb", "#ffffff", "#000000", "Белым по чёрному"),
        new("blue", "#063462", "#9dd1ff", "Тёмно-синим по голубому"),
        new("beige", "#4d4b43", "#f7f3d6", "Коричневым по бежевому"),
        new("green", "#a9e44d", "#3b2716", "Зелёным по тёмно-коричневому"),
    ];

    /// <summary>Scheme names for [MemberData].</summary>
    public static TheoryData<string> SchemeNames => [.. Schemes.Select(s => s.Name)];

    /// <summary>"default" and the five schemes for [MemberData].</summary>
    public static TheoryData<string> AllLooks => ["default", .. Schemes.Select(s => s.Name)];

    public static Scheme ByName(string name) => Schemes.Single(s => s.Name == name);

    /// <summary>What the panel stores for one setting, or null for the default look.</summary>
    public static string? Settings(string scheme) => scheme == "default" ? null : $$"""{"scheme":"{{scheme}}"}""";

    /// <summary>
    /// JavaScript declarations: <c>parse</c> (CSS colour → {r,g,b,a}), <c>ratio</c> (WCAG contrast of two
    /// colours), <c>bg</c> (the opaque colour an element is painted on: its own and its ancestors' backgrounds
    /// composited over white), <c>hex</c>. Prefix an expression with it inside a function body.
    /// </summary>
    public const string ColourLib = """
        const parse = s => {
          const m = /rgba?\(([^)]*)\)/.exec(s || '');
          if (!m) return null;
          const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
          return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
        };
        const over = (top, under) => ({
          r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
          b: top.b * top.a + under.b * (1 - top.a), a: 1 });
        const lum = c => {
          const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
        };
        const ratio = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
        const bg = el => {
          const layers = [];
          for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
          }
          let result = { r: 255, g: 255, b: 255, a: 1 };
          for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i], result);
          return result;
        };
        const hex = c => c ? '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('') : 'none';
        const describe = el => {
          const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + (text ? ' «' + text + '»' : '');
        };
        """;

    /// <summary>"#063462" → "rgb(6, 52, 98)", as getComputedStyle reports it.</summary>
    public static string Rgb(string hex)
    {
        var v = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return $"rgb({(v >> 16) & 255}, {(v >> 8) & 255}, {v & 255})";
    }

    /// <summary>Opens the panel with the mouse (if closed) and presses the button of one setting.</summary>
    public static async Task ChooseAsync(IPage page, string group, string value)
    {
        await OpenPanelAsync(page);
        await page.Locator($"#a11y-panel [data-a11y-set='{group}'][data-a11y-value='{value}']").ClickAsync();
    }

    public static async Task OpenPanelAsync(IPage page)
    {
        var panel = page.Locator("#a11y-panel");
        if (await panel.IsHiddenAsync())
        {
            await page.Locator(".a11y-toggle").ClickAsync();
        }

        await Assertions.Expect(panel).ToBeVisibleAsync();
    }

    public sealed record Scheme(string Name, string Foreground, string Background, string Label);
}
