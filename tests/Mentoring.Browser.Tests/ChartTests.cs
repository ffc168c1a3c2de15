using System.Text.Json;

namespace Mentoring.Browser.Tests;

/// <summary>The monitoring pages' SVG charts stay readable in the default look and in every colour scheme.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ChartTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(Looks.AllLooks), MemberType = typeof(Looks))]
    public async Task Chart_text_contrasts_with_the_background_in_every_look(string scheme)
    {
        var (page, _, _) = await site.NewPageAsync(a11y: Looks.Settings(scheme));
        var items = new List<Item>();
        var pages = site.Pages.Where(p => p.StartsWith("monitoring/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 4, "the monitoring page, its years and the charts over the years");
        foreach (var path in pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            var json = await page.EvaluateAsync<string>("() => {" + Looks.ColourLib + """
                const out = [];
                for (const svg of document.querySelectorAll('svg.mnt-chart')) {
                  const behind = bg(svg);
                  for (const t of svg.querySelectorAll('text')) {
                    const fill = parse(getComputedStyle(t).fill);
                    out.push({ chart: svg.id, text: t.textContent, fill: hex(fill), behind: hex(behind), contrast: fill ? ratio(fill, behind) : 0 });
                  }
                  // Painted shapes (solid colours; patterns are url(…)): colours in use.
                  for (const s of svg.querySelectorAll('rect, circle, line, polygon, path')) {
                    const cs = getComputedStyle(s);
                    for (const paint of [cs.fill, cs.stroke]) {
                      const c = parse(paint);
                      if (c && c.a > 0) out.push({ chart: svg.id, shape: s.tagName, paint: hex(c), behind: hex(behind) });
                    }
                  }
                }
                return JSON.stringify(out);
                """ + "}");
            items.AddRange(JsonSerializer.Deserialize<List<Item>>(json, JsonSerializerOptions.Web)!);
        }

        await page.Context.CloseAsync();

        var texts = items.Where(i => i.Text is not null).ToList();
        Assert.True(texts.Count > 50, $"only {texts.Count} chart labels");
        Assert.Equal(8, texts.Select(t => t.Chart).Distinct().Count());
        var poor = texts.Where(t => t.Contrast < 4.5).Select(t => $"{scheme} {t.Chart}: «{t.Text}» {t.Fill} on {t.Behind} = {t.Contrast:0.00}:1");
        Assert.True(!poor.Any(), string.Join("\n", poor));

        if (scheme != "default")
        {
            // A scheme has two colours only: series differ by patterns and labels, every paint is one of the two.
            var s = Looks.ByName(scheme);
            Assert.All(texts, t => Assert.Equal(s.Foreground, t.Fill));
            Assert.All(texts, t => Assert.Equal(s.Background, t.Behind));
            var others = items.Where(i => i.Paint is not null && i.Paint != s.Foreground && i.Paint != s.Background)
                .Select(i => $"{i.Chart} {i.Shape} {i.Paint}").Distinct();
            Assert.True(!others.Any(), string.Join("\n", others));
        }
    }

    private sealed record Item(string Chart, string? Text, string? Fill, string Behind, double Contrast, string? Shape, string? Paint);
}
