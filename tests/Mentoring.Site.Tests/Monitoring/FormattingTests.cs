using Mentoring.Site.Monitoring;

namespace Mentoring.Site.Tests.Monitoring;

public sealed class FormattingTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(12d, "12")]
    [InlineData(56.25d, "56,3")]
    [InlineData(4.0d, "4")]
    [InlineData(1234d, "1234")]
    [InlineData(12345d, "12\u00A0345")]
    [InlineData(-2.5d, "−2,5")]
    public void Numbers_use_a_decimal_comma(double value, string expected) => Assert.Equal(expected, RussianFormat.Number(value));

    [Theory]
    [InlineData(1, "1\u00A0пара")]
    [InlineData(2, "2\u00A0пары")]
    [InlineData(5, "5\u00A0пар")]
    [InlineData(11, "11\u00A0пар")]
    [InlineData(21, "21\u00A0пара")]
    [InlineData(22, "22\u00A0пары")]
    public void Counts_agree_with_their_noun(int n, string expected) => Assert.Equal(expected, RussianFormat.Count(n, UnitForms.Pairs));

    /// <summary>«16 из 18 баллов», «20 из 21 балла»: after «из» the noun is genitive.</summary>
    [Theory]
    [InlineData(18, "18\u00A0баллов")]
    [InlineData(21, "21\u00A0балла")]
    [InlineData(11, "11\u00A0баллов")]
    [InlineData(2, "2\u00A0баллов")]
    [InlineData(1, "1\u00A0балла")]
    public void Counts_after_iz_are_genitive(int n, string expected) => Assert.Equal(expected, RussianFormat.CountGenitive(n, UnitForms.Points));

    [Theory]
    [InlineData("2022/2023", 2022, true)]
    [InlineData(" 2022 / 2023 ", 2022, true)]
    [InlineData("2022/2024", 2022, false)]
    public void Academic_years_parse(string text, int first, bool sequenceOk)
    {
        Assert.True(AcademicYear.TryParse(text, out var year, out var ok));
        Assert.Equal(first, year.First);
        Assert.Equal(sequenceOk, ok);
    }

    [Theory]
    [InlineData("2022-2023")]
    [InlineData("22/23")]
    [InlineData("")]
    [InlineData(null)]
    public void Bad_academic_years_do_not_parse(string? text) => Assert.False(AcademicYear.TryParse(text, out _, out _));

    [Fact]
    public void Academic_year_prints_and_slugs()
    {
        var year = new AcademicYear(2024);
        Assert.Equal("2024/2025", year.ToString());
        Assert.Equal("2024-2025", year.Slug);
    }

    [Theory]
    [InlineData("%", UnitKind.Percent)]
    [InlineData("чел.", UnitKind.People)]
    [InlineData("чел", UnitKind.People)]
    [InlineData("человек", UnitKind.People)]
    [InlineData("балла", UnitKind.Other)]
    public void Units_are_recognised(string unit, UnitKind kind) => Assert.Equal(kind, Units.KindOf(unit));

    [Fact]
    public void The_suppression_note_explains_both_labels()
    {
        var note = SuppressedText.Explanation(5);
        Assert.Contains("от 1 до 4", note, StringComparison.Ordinal);
        Assert.Contains("«скрыто»", note, StringComparison.Ordinal);
    }
}
