using System.Text.Json;
using Mentoring.Site.Library.Search;

namespace Mentoring.Site.Tests.Library;

/// <summary>The static search index, queried with Russian word forms by the C# mirror of search.js — and by search.js itself.</summary>
public sealed class SearchIndexTests
{
    private static readonly SearchDocument[] Documents =
    [
        Doc("Наставник и наставляемый", "Как наставник помогает молодому учителю.", "Наставники встречаются раз в неделю."),
        Doc("Открытый урок по физике", "Урок провели ученики.", "На уроке наставника не было: его вели сами ученики, наставничество на равных."),
        Doc("Программа наставничества", "Цели и задачи программы.", "Программа наставничества школы на 2022–2025 годы."),
        Doc("Мастер-класс", "Цифровые инструменты.", "Учитель информатики показал опросы. Наставники помогали коллегам."),
        Doc("Адаптация пятиклассников", "Старшеклассники помогают.", "Пятиклассники осваиваются в школе с помощью старших."),
    ];

    private static SearchDocument Doc(string title, string summary, string body) =>
        new(title, "kopilka/" + title.Length + "/index.html", new DateOnly(2024, 1, 1), "Практика", summary, body, summary, body);

    private static SearchQuery Query(SearchIndexFiles index) => new(path => index.Files.GetValueOrDefault(path));

    private static IEnumerable<string> Titles(SearchResult r) => r.Hits.Select(h => h.Title);

    [Fact]
    public void A_word_form_finds_the_other_forms_and_title_matches_come_first()
    {
        var index = SearchIndexBuilder.Build(Documents);
        var result = Query(index).Run("наставника ");
        Assert.Equal("Наставник и наставляемый", result.Hits[0].Title);
        Assert.Equal(1, result.Hits[0].TitleHits);
        // Equal scores keep the index order (for practices: newest first).
        Assert.Equal(["Наставник и наставляемый", "Открытый урок по физике", "Мастер-класс"], Titles(result).ToArray());
    }

    [Fact]
    public void Nastavnichestva_finds_nastavnichestvo()
    {
        var index = SearchIndexBuilder.Build(Documents);
        var result = Query(index).Run("наставничества ");
        Assert.Equal(["Программа наставничества", "Открытый урок по физике"], Titles(result).ToArray());
    }

    [Fact]
    public void The_word_being_typed_is_a_prefix()
    {
        var index = SearchIndexBuilder.Build(Documents);
        var typing = Query(index).Run("наставни");
        Assert.Equal(4, typing.Ids.Length);
        Assert.True(typing.Terms.Single().Prefix);
        var done = Query(index).Run("наставни ");
        Assert.False(done.Terms.Single().Prefix);
        Assert.Empty(done.Ids);
    }

    [Fact]
    public void All_words_must_match_and_stop_words_are_ignored()
    {
        var index = SearchIndexBuilder.Build(Documents);
        Assert.Equal(["Мастер-класс"], Titles(Query(index).Run("наставники и учитель информатики ")).ToArray());
        Assert.Empty(Query(index).Run("наставник пятиклассники ").Ids);
        Assert.Empty(Query(index).Run("и в на ").Terms);
    }

    [Fact]
    public void Large_shards_are_split_and_a_query_loads_only_what_it_needs()
    {
        var many = Enumerable.Range(0, 3000).Select(i => Doc("Практика " + i,
            "наставник помогает " + string.Join(' ', Enumerable.Range(0, 12).Select(k => "слово" + ((i * 13 + k) % 997).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            "поддержка педагогов и помощь ученикам, подготовка к олимпиаде, посещение уроков")).ToList();
        var index = SearchIndexBuilder.Build(many);
        var manifest = JsonDocument.Parse(index.Files["search/manifest.json"]).RootElement;
        var keys = manifest.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(keys, k => k.Length > 2);
        Assert.All(index.Files.Where(f => f.Key.StartsWith("search/index/", StringComparison.Ordinal)),
            f => Assert.True(f.Value.Length < SearchIndexBuilder.ShardLimit * 3 || f.Value.Count(c => c == ':') == 1, f.Key));

        var query = Query(index);
        var result = query.Run("слово5 наставника ");
        Assert.NotEmpty(result.Ids);
        Assert.True(result.BytesLoaded < index.TotalBytes / 10, $"{result.BytesLoaded} of {index.TotalBytes}");
        var first = result.Hits[0];
        Assert.Equal(0, first.TitleHits);
    }

    [Fact]
    public void The_browser_engine_returns_the_same_results_as_the_csharp_mirror()
    {
        var index = SearchIndexBuilder.Build(Documents);
        var folder = Path.Combine(Path.GetTempPath(), "mentoring-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (path, text) in index.Files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            string[] queries = ["наставника ", "наставничества", "настав", "наставники и учитель информатики", "урок ", "ученики", "2022", "программ", "нет такого слова"];
            const string script = """
                const s = require(process.argv[2]);
                const fs = require('fs'), path = require('path');
                const base = path.join(process.argv[3], 'search');
                const engine = s.createEngine(p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(base, p), 'utf8'))));
                const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
                (async () => {
                  const out = [];
                  for (const q of queries) {
                    const r = await engine.search(q);
                    const docs = await engine.docs(r.ids.slice(0, 10));
                    out.push({ ids: r.ids, titles: docs.map(d => d[0]) });
                  }
                  process.stdout.write(JSON.stringify(out));
                })();
                """;
            var js = JsonDocument.Parse(Node.Run(script, JsonSerializer.Serialize(queries), folder)).RootElement;
            for (var i = 0; i < queries.Length; i++)
            {
                var cs = Query(index).Run(queries[i]);
                Assert.Equal(cs.Ids.ToArray(), js[i].GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).ToArray());
                Assert.Equal(Titles(cs).ToArray(), js[i].GetProperty("titles").EnumerateArray().Select(e => e.GetString()!).ToArray());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
