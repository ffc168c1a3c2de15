using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>The section's JavaScript in a real browser: the search (Russian word forms) and the library's filter.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class FeatureTests(SiteFixture site)
{
    private const string Practice = "kopilka/2023-10-26-adaptatsiya-pyatiklassnikov/index.html";
    private const string PracticeTitle = "Старшеклассники-наставники в адаптации пятиклассников";

    [Theory]
    [InlineData("")]
    [InlineData(SiteFixture.SubfolderPrefix)]
    public async Task Search_finds_a_practice_by_another_form_of_its_words_and_opens_it(string prefix)
    {
        var root = site.BaseUrl.TrimEnd('/') + (prefix == string.Empty ? "/" : prefix);
        var (page, foreign, errors) = await site.NewPageAsync();
        await page.GotoAsync(root + "poisk/index.html");
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "Что найти на страницах раздела и в методической копилке" });

        // «наставника» finds pages with «наставник», «наставники», «наставником»…
        await input.FillAsync("наставника");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("Найдено:");
        await Assertions.Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#search-results > li").CountAsync() >= 3);
        var marked = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains(marked, w => !w.Equals("наставника", StringComparison.OrdinalIgnoreCase));
        Assert.All(marked, w => Assert.StartsWith("наставни", w, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("?q=", page.Url, StringComparison.Ordinal);

        // Both words of the title in other cases (title: «…в адаптации пятиклассников»).
        await input.FillAsync("адаптация пятиклассника");
        await input.PressAsync("Enter");
        var link = page.Locator("#search-results a", new() { HasText = "пятиклассников" });
        await Assertions.Expect(link).ToHaveCountAsync(1);
        Assert.EndsWith(Practice, await link.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        await link.ClickAsync();
        await page.WaitForURLAsync(root + Practice);
        Assert.Equal(PracticeTitle, (await page.Locator("main h1").TextContentAsync())!.Replace('\u00A0', ' ').Trim());

        // Back to the search: the query is restored from the address and searched again.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#search-results a", new() { HasText = "пятиклассников" })).ToHaveCountAsync(1);
        Assert.Equal("адаптация пятиклассника", await input.InputValueAsync());
        Assert.Empty(foreign);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Library_filter_builds_its_choices_from_the_collections_narrows_them_and_the_address_restores_it()
    {
        var (page, foreign, errors) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "kopilka/podborki/index.html");
        var lists = page.Locator("#library-facets");
        var results = page.Locator("#library-filter-results .practice-card");
        var status = page.Locator("#library-filter-status");

        // With JavaScript the form shows; each select offers the collections listed below it, with their counts.
        await Assertions.Expect(page.Locator("form.library-filter")).ToBeVisibleAsync();
        var forms = await page.Locator("#library-filter-forma option").AllTextContentsAsync();
        var listed = await page.Locator(".library-facet-forma > ul > li").EvaluateAllAsync<string[]>(
            "items => items.map(li => li.querySelector('a').textContent + ' (' + li.querySelector('.library-count').textContent + ')')");
        Assert.Equal(["все", .. listed], forms.Select(o => o.Trim()));
        Assert.Equal(await page.Locator(".library-facet-teg > ul > li").CountAsync() + 1, await page.Locator("#library-filter-teg option").CountAsync());

        await page.GetByLabel("Форма", new() { Exact = true }).SelectOptionAsync("pedagog-pedagog");
        await Assertions.Expect(status).ToHaveTextAsync("Подобрано: 3\u00A0практики.");
        await Assertions.Expect(results).ToHaveCountAsync(3);
        Assert.True(await lists.IsHiddenAsync());
        foreach (var card in await results.AllAsync())
        {
            Assert.Equal(1, await card.Locator("a[href$='kopilka/forma/pedagog-pedagog/index.html']").CountAsync());
        }

        // A second condition narrows it further; each option shows how many it would give.
        await page.GetByLabel("Год", new() { Exact = true }).SelectOptionAsync("2023");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        Assert.EndsWith("?forma=pedagog-pedagog&god=2023", page.Url, StringComparison.Ordinal);
        Assert.Equal("2023 (2)", (await page.Locator("#library-filter-god option[value='2023']").TextContentAsync())!.Trim());

        // The address restores the filter after a reload.
        await page.ReloadAsync();
        await Assertions.Expect(results).ToHaveCountAsync(2);
        Assert.Equal("pedagog-pedagog", await page.Locator("#library-filter-forma").InputValueAsync());
        Assert.Equal("2023", await page.Locator("#library-filter-god").InputValueAsync());
        var titles = await results.Locator("h3 a").AllTextContentsAsync();
        Assert.Contains(titles, t => t.Replace('\u00A0', ' ').Contains("Открытый урок молодого учителя", StringComparison.Ordinal));

        // «Сбросить» shows the collections again and clears the address.
        await page.GetByRole(AriaRole.Button, new() { Name = "Сбросить" }).ClickAsync();
        await Assertions.Expect(lists).ToBeVisibleAsync();
        Assert.True(await page.Locator("#library-filter-results").IsHiddenAsync());
        Assert.EndsWith("kopilka/podborki/index.html", page.Url, StringComparison.Ordinal);
        Assert.Empty(foreign);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
