using Mentoring.Site.Library.Search;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>The Snowball Russian stemmer in C#, and the same algorithm in search.js giving the same stems.</summary>
public sealed class RussianStemmerTests
{
    [Theory]
    [InlineData("наставник", "наставник")]
    [InlineData("наставника", "наставник")]
    [InlineData("наставники", "наставник")]
    [InlineData("наставников", "наставник")]
    [InlineData("наставничество", "наставничеств")]
    [InlineData("наставничества", "наставничеств")]
    [InlineData("наставляемый", "наставля")]
    [InlineData("наставляемых", "наставля")]
    [InlineData("читающий", "чита")]
    [InlineData("обучающихся", "обуча")]
    [InlineData("красивейшими", "красив")]
    [InlineData("длинный", "длин")]
    [InlineData("абиссинию", "абиссин")]
    [InlineData("вавиловка", "вавиловк")]
    [InlineData("взявшись", "взявш")]
    [InlineData("прочитавшись", "прочита")]
    [InlineData("педагогического", "педагогическ")]
    [InlineData("ёлочка", "елочк")]
    [InlineData("активность", "активн")]
    [InlineData("мастер", "мастер")]
    [InlineData("2022", "2022")]
    [InlineData("ikt", "ikt")]
    public void Stems_follow_the_snowball_algorithm(string word, string stem) =>
        Assert.Equal(stem, RussianStemmer.Stem(word));

    [Fact]
    public void Word_forms_of_the_brief_share_their_stem()
    {
        Assert.Equal(RussianStemmer.Stem("наставник"), RussianStemmer.Stem("наставника"));
        Assert.Equal(RussianStemmer.Stem("наставники"), RussianStemmer.Stem("наставника"));
        Assert.Equal(RussianStemmer.Stem("наставничество"), RussianStemmer.Stem("наставничества"));
    }

    [Fact]
    public void The_browser_stemmer_gives_the_same_stems_on_every_word_of_the_content()
    {
        var words = WordList();
        Assert.True(words.Count > 2000, $"only {words.Count} words");
        const string script = """
            const s = require(process.argv[2]);
            const words = require('fs').readFileSync(0, 'utf8').split('\n').filter(w => w.length > 0);
            process.stdout.write(words.map(w => s.stem(w)).join('\n'));
            """;
        var js = Node.Run(script, string.Join('\n', words)).Split('\n');
        Assert.Equal(words.Count, js.Length);
        var differences = words.Select((w, i) => (w, cs: RussianStemmer.Stem(w), js: js[i])).Where(x => x.cs != x.js).Take(10).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Select(d => $"{d.w}: C# {d.cs}, JS {d.js}")));
    }

    [Fact]
    public void The_browser_splits_text_into_the_same_words()
    {
        var text = "Наставник — «учитель-наставник», ЁЛКА и ёж; ИКТ-компетенции 2022 г., 5-й класс, café naïve № 2.";
        const string script = """
            const s = require(process.argv[2]);
            process.stdout.write(s.words(require('fs').readFileSync(0, 'utf8')).join('|'));
            """;
        Assert.Equal(string.Join('|', SearchText.Words(text)), Node.Run(script, text));
    }

    /// <summary>Every Russian word of the repository's content and the corpus sample, plus forms with every ending class.</summary>
    private static List<string> WordList()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "content"), "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Site.Tests", "Library", "Fixtures", "corpus-sample")))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        string[] extra =
        [
            "прочитав", "прочитавши", "прочитавшись", "улыбнувшись", "сделав", "открывшись", "бывший", "гулявшая", "решавшими",
            "читаемый", "знающий", "ведущую", "сидящих", "делающему", "начинающемуся", "сделанный", "сделанная", "сделанного",
            "умнейший", "длиннейшие", "добрейшее", "собравшиеся", "учились", "учишься", "готовьтесь", "читали", "читайте",
            "решите", "живу", "живёт", "станешь", "стань", "поймут", "говорила", "ходило", "видены", "вымыть", "готовность",
            "радость", "слабостях", "способности", "бесконечностью", "ночь", "ночью", "здания", "зданием", "зданиями",
            "я", "и", "ось", "ёж", "юю", "аааа", "ннн", "в", "вша", "ящ",
        ];
        return [.. texts.SelectMany(SearchText.Words).Concat(extra)
            .Where(w => w.All(c => c is >= 'а' and <= 'я' or 'ё'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
