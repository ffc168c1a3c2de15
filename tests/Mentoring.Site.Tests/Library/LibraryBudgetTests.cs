using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Mentoring.Site.Build;
using Mentoring.Site.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>
/// The budget of issue #3 as the library grows: the repository's site with thirty more practices of usual length
/// (a title of some seventy letters, a two-line summary, four tags out of forty; 36 practices and 51 tags in all)
/// keeps every page — the index and its pages, every facet page, the collections, each practice — under 50 KB with
/// its styles and scripts. Facet pages show their most frequent tags only, the collections page lists them all.
/// </summary>
public sealed class LibraryBudgetTests : IAsyncLifetime
{
    private const int Added = 30;
    private static readonly HtmlParser Parser = new();

    private static readonly string[] TagPool =
    [
        "адаптация", "математика", "физика", "олимпиада", "читательская грамотность", "проект", "цифровые инструменты",
        "формирующее оценивание", "самоанализ урока", "молодой специалист", "взаимопомощь", "школьный актив",
        "русский язык", "литература", "история", "биология", "химия", "география", "информатика", "английский язык",
        "профориентация", "волонтёрство", "школьный театр", "спорт", "экология", "краеведение", "исследование",
        "дебаты", "кружок", "семинар", "конференция", "рефлексия", "портфолио", "тьюторство", "лидерство",
        "коммуникация", "финансовая грамотность", "функциональная грамотность", "наставническая пара", "план развития",
    ];

    private TestSite _site = null!;
    private BuildReport _report = null!;

    public async Task InitializeAsync()
    {
        _site = RepositorySite.Copy();
        string[][] models =
        [
            ["Педагог – педагог", "Опытный педагог – молодой специалист"],
            ["Ученик – ученик", "Успевающий – неуспевающий"],
            ["Педагог – педагог", "Педагог-новатор – консервативный педагог"],
            ["Ученик – ученик", "Лидер – пассивный"],
            ["Ученик – ученик", "Равный – равному"],
        ];
        string[] kinds = ["Открытый урок", "Мастер-класс", "Публикация", "Выступление", "Проект"];
        var first = new DateOnly(2022, 9, 5);
        for (var i = 0; i < Added; i++)
        {
            var date = first.AddDays(30 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var tags = "[" + string.Join(", ", Enumerable.Range(0, 4).Select(k => TagPool[((i * 7) + (k * 11)) % TagPool.Length])) + "]";
            _site.Write($"content/practices/{date}-praktika-{i + 1:00}.md", LibrarySite.Practice(
                $"Практика номер {i + 1}: как наставническая пара готовит и проводит открытое занятие",
                date, models[i % models.Length][0], models[i % models.Length][1], kinds[i % kinds.Length], tags,
                "Наставник и молодой учитель вместе готовят урок, обсуждают приёмы работы с классом, разбирают ошибки и планируют следующие шаги; итоги записывают в план развития.",
                body: "## Описание практики\n\nНаставник и молодой учитель вместе готовят урок.\n\n## Результаты\n\nУрок проведён, план развития дополнен.\n"));
        }

        _report = await _site.BuildAsync(date: new DateOnly(2025, 9, 1));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_page_of_a_grown_library_is_under_50_KB()
    {
        Assert.True(_report.Succeeded, string.Join("\n", Formatting.Lines(_report)));
        var pages = PageWeight.HtmlPages(_site.Output);
        Assert.True(pages.Count(p => p.StartsWith("kopilka/", StringComparison.Ordinal)) > 100, $"only {pages.Count} pages");
        Assert.True(File.Exists(Path.Combine(_site.Output, "kopilka", "page", "4", "index.html")), "36 practices make four pages of the index");
        var over = pages.Select(p => PageWeight.Of(_site.Output, p)).Where(w => w.Total >= PageWeight.Budget).ToList();
        Assert.True(over.Count == 0, $"{over.Count} pages over the budget of {PageWeight.Budget:N0} bytes:\n" + string.Join("\n", over));
    }

    [Fact]
    public void A_facet_page_shows_its_most_frequent_tags_and_the_collections_page_all_of_them()
    {
        var form = Parser.ParseDocument(_site.ReadOutput("kopilka/forma/uchenik-uchenik/index.html"));
        var shown = form.QuerySelectorAll(".library-facet-teg > ul > li")
            .ToDictionary(li => Plain(li.QuerySelector("a")!.TextContent), li => int.Parse(li.QuerySelector(".library-count")!.TextContent, CultureInfo.InvariantCulture));
        Assert.Equal(CreateLibraryPages.FacetPageTags, shown.Count);
        var more = form.QuerySelector(".library-facet-teg .library-facet-more a")!;
        Assert.Equal("../../podborki/index.html#facet-teg", more.GetAttribute("href"));

        // The counts of the form's tags, from the filter data: the page shows the most frequent, counts the rest.
        var filter = JsonDocument.Parse(_site.ReadOutput("kopilka/filter.json")).RootElement;
        var formIndex = filter.GetProperty("forms").EnumerateArray().Select(f => f[0].GetString()).ToList().IndexOf("uchenik-uchenik");
        var titles = filter.GetProperty("tags").EnumerateArray().Select(t => Plain(t[1].GetString()!)).ToArray();
        var counts = filter.GetProperty("items").EnumerateArray()
            .Where(item => item[0].GetInt32() == formIndex)
            .SelectMany(item => item[4].EnumerateArray().Select(t => titles[t.GetInt32()]))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(shown, pair => Assert.Equal(counts[pair.Key], pair.Value));
        var hidden = counts.Where(c => !shown.ContainsKey(c.Key)).ToList();
        Assert.NotEmpty(hidden);
        Assert.True(hidden.Max(h => h.Value) <= shown.Values.Min(), "a tag left out is more frequent than one shown");
        Assert.Equal($"Ещё {hidden.Count} — все теги в подборках", Plain(more.TextContent));

        var collections = Parser.ParseDocument(_site.ReadOutput("kopilka/podborki/index.html"));
        var all = collections.QuerySelectorAll("#facet-teg > ul > li a").Select(a => Plain(a.TextContent)).ToArray();
        Assert.Equal(titles.Length, all.Length);
        Assert.True(all.Length >= TagPool.Length, $"{all.Length} tags on the collections page");
        Assert.Null(collections.QuerySelector(".library-facet-more"));
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Trim();
}
