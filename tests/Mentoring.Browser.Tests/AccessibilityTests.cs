namespace Mentoring.Browser.Tests;

/// <summary>
/// axe-core on every page of the real site: WCAG 2.0/2.1 A and AA, zero violations — in the default look,
/// in each colour scheme of «Версия для слабовидящих» and with the panel open; axe's best practices once.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_has_no_axe_violations_in_the_default_look()
    {
        var (page, _, _) = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            problems.AddRange(await Axe.ViolationsAsync(page, path));
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Looks.SchemeNames), MemberType = typeof(Looks))]
    public async Task Every_page_has_no_axe_violations_in_each_colour_scheme(string scheme)
    {
        var (page, _, _) = await site.NewPageAsync(a11y: Looks.Settings(scheme));
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            Assert.Equal(scheme, await page.Locator("html").GetAttributeAsync("data-a11y-scheme"));
            problems.AddRange(await Axe.ViolationsAsync(page, $"{scheme} {path}"));
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Looks.AllLooks), MemberType = typeof(Looks))]
    public async Task The_open_panel_has_no_axe_violations(string scheme)
    {
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            var (page, _, _) = await site.NewPageAsync(width, 900, Looks.Settings(scheme));
            await page.GotoAsync(site.BaseUrl + "programma/index.html");
            await Looks.OpenPanelAsync(page);
            problems.AddRange(await Axe.ViolationsAsync(page, $"{scheme} {width}px panel open"));
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_page_follows_axe_best_practices_in_the_default_look()
    {
        var (page, _, _) = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            problems.AddRange(await Axe.ViolationsAsync(page, path, Axe.BestPractice));
        }

        await Looks.OpenPanelAsync(page);
        problems.AddRange(await Axe.ViolationsAsync(page, "panel open", Axe.BestPractice));
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("wb")]
    public async Task The_axe_run_finds_a_planted_violation(string scheme)
    {
        // Guards the runner itself: a page made wrong on purpose must fail.
        var (page, _, _) = await site.NewPageAsync(a11y: Looks.Settings(scheme));
        await page.GotoAsync(site.BaseUrl + "kopilka/index.html");
        Assert.Empty(await Axe.ViolationsAsync(page, scheme));
        await page.EvaluateAsync(
            "() => { const main = document.querySelector('main'); const p = document.createElement('p'); p.className = 'practice-card-summary';" +
            " p.style.color = getComputedStyle(document.body).backgroundColor === 'rgb(0, 0, 0)' ? '#222' : '#ccc'; p.textContent = 'Бледный текст';" +
            " const img = document.createElement('img'); img.src = 'data:,'; main.append(p, img); }");
        var found = await Axe.ViolationsAsync(page, scheme);
        Assert.Contains(found, v => v.StartsWith(scheme + ": color-contrast (serious)", StringComparison.Ordinal) && v.Contains("Бледный текст", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith(scheme + ": image-alt (critical)", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
