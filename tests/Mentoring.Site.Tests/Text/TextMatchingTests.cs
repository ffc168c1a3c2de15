using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

public sealed class TextMatchingTests
{
    [Theory]
    [InlineData("ученик-ученик", "Ученик – ученик")]
    [InlineData("ученик-ученик", "УЧЕНИК —  УЧЕНИК")]
    [InlineData("ученик-ученик", "ученик\u00A0\u2011\u00A0ученик")]
    [InlineData("педагог-новатор-консервативный педагог", "Педагог-новатор – консервативный педагог")]
    [InlineData("Открытый урок", "«открытый урок»")]
    [InlineData("Открытый урок", "\"Открытый\u200B урок\"")]
    [InlineData("Учёт", "учет")]
    [InlineData("ＵＣＨ", "uch")]
    public void Equivalent_spellings_give_the_same_key(string a, string b) =>
        Assert.Equal(TextMatching.NormalizeKey(a), TextMatching.NormalizeKey(b));

    [Fact]
    public void NormalizeKey_result() =>
        Assert.Equal("ученикученик", TextMatching.NormalizeKey("Ученик – ученик"));

    [Theory]
    [InlineData("ученик-ученик", "учитель-учитель")]
    [InlineData("работодатель – ученик", "работодатель – студент")]
    public void Different_names_stay_different(string a, string b) =>
        Assert.NotEqual(TextMatching.NormalizeKey(a), TextMatching.NormalizeKey(b));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("sitting", "kitten", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("наставник", "наставник", 0)]
    [InlineData("наставник", "наставники", 1)]
    [InlineData("урок", "урак", 1)]
    [InlineData("ab", "ba", 2)]
    public void Distance_is_levenshtein(string a, string b, int expected) =>
        Assert.Equal(expected, TextMatching.Distance(a, b));

    [Fact]
    public void Distance_handles_long_strings()
    {
        string a = new('а', 1000);
        string b = new string('а', 500) + new string('б', 500);
        Assert.Equal(500, TextMatching.Distance(a, b));
        Assert.Equal(500, TextMatching.Distance(b, a));
    }

    private static readonly string[] Kinds =
        ["открытый урок", "мастер-класс", "публикация", "выступление", "проект", "семинар"];

    [Fact]
    public void Closest_suggests_a_near_miss() =>
        Assert.Equal(["мастер-класс"], TextMatching.Closest("мастеркласс!", Kinds));

    [Fact]
    public void Closest_forgives_spelling_of_dashes_and_case() =>
        Assert.Equal(["открытый урок"], TextMatching.Closest("Открытый  урак", Kinds));

    [Fact]
    public void Closest_orders_by_distance_then_ordinal()
    {
        string[] candidates = ["пары", "парта", "пар", "пара", "пора"];
        Assert.Equal(["пора", "пара", "пар", "парта", "пары"], TextMatching.Closest("пора", candidates, max: 10));
        Assert.Equal(["пора", "пара", "пар"], TextMatching.Closest("пора", candidates));
    }

    [Fact]
    public void Closest_returns_nothing_for_something_unrelated() =>
        Assert.Empty(TextMatching.Closest("фотоотчёт", Kinds));

    [Fact]
    public void Closest_respects_max_and_removes_duplicates()
    {
        string[] candidates = ["урок", "урок", "урака", "урк", "уроки"];
        IReadOnlyList<string> found = TextMatching.Closest("урок", candidates, max: 2);
        Assert.Equal(["урок", "урк"], found);
        Assert.Empty(TextMatching.Closest("урок", candidates, max: 0));
    }

    [Fact]
    public void Closest_of_an_empty_value_is_empty() =>
        Assert.Empty(TextMatching.Closest("", ["а", "бв"]));
}
