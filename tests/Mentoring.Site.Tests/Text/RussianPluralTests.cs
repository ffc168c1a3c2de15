using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

public sealed class RussianPluralTests
{
    [Theory]
    [InlineData(0, "практик", "наставников", "пар")]
    [InlineData(1, "практика", "наставник", "пара")]
    [InlineData(2, "практики", "наставника", "пары")]
    [InlineData(4, "практики", "наставника", "пары")]
    [InlineData(5, "практик", "наставников", "пар")]
    [InlineData(11, "практик", "наставников", "пар")]
    [InlineData(12, "практик", "наставников", "пар")]
    [InlineData(14, "практик", "наставников", "пар")]
    [InlineData(21, "практика", "наставник", "пара")]
    [InlineData(22, "практики", "наставника", "пары")]
    [InlineData(25, "практик", "наставников", "пар")]
    [InlineData(101, "практика", "наставник", "пара")]
    [InlineData(111, "практик", "наставников", "пар")]
    public void Domain_table(long n, string practice, string mentor, string pair)
    {
        Assert.Equal(practice, RussianPlural.Choose(n, "практика", "практики", "практик"));
        Assert.Equal(mentor, RussianPlural.Choose(n, "наставник", "наставника", "наставников"));
        Assert.Equal(pair, RussianPlural.Choose(n, "пара", "пары", "пар"));
    }

    /// <summary>After «из», «до», «от» the genitive: «из 21 балла», but «из 11 баллов», «из 22 баллов».</summary>
    [Theory]
    [InlineData(0, "баллов", "пар")]
    [InlineData(1, "балла", "пары")]
    [InlineData(2, "баллов", "пар")]
    [InlineData(4, "баллов", "пар")]
    [InlineData(5, "баллов", "пар")]
    [InlineData(11, "баллов", "пар")]
    [InlineData(18, "баллов", "пар")]
    [InlineData(21, "балла", "пары")]
    [InlineData(22, "баллов", "пар")]
    [InlineData(101, "балла", "пары")]
    [InlineData(111, "баллов", "пар")]
    public void Genitive_after_a_preposition(long n, string point, string pair)
    {
        Assert.Equal(point, RussianPlural.ChooseGenitive(n, "балла", "баллов"));
        Assert.Equal(pair, RussianPlural.ChooseGenitive(n, "пары", "пар"));
    }

    [Theory]
    [InlineData(1, PluralCategory.One)]
    [InlineData(31, PluralCategory.One)]
    [InlineData(1001, PluralCategory.One)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(104, PluralCategory.Few)]
    [InlineData(112, PluralCategory.Many)]
    [InlineData(113, PluralCategory.Many)]
    [InlineData(10, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Many)]
    [InlineData(-1, PluralCategory.One)]
    [InlineData(-2, PluralCategory.Few)]
    [InlineData(-11, PluralCategory.Many)]
    [InlineData(long.MaxValue, PluralCategory.Many)] // ...807
    [InlineData(long.MinValue, PluralCategory.Many)] // ...808
    public void Category_follows_cldr_ru(long n, PluralCategory expected) =>
        Assert.Equal(expected, RussianPlural.Category(n));

    [Theory]
    [InlineData(21, "21\u00A0практика")]
    [InlineData(0, "0\u00A0практик")]
    [InlineData(12345, "12345\u00A0практик")]
    [InlineData(-3, "-3\u00A0практики")]
    public void Format_puts_a_no_break_space_between_number_and_word(long n, string expected) =>
        Assert.Equal(expected, RussianPlural.Format(n, "практика", "практики", "практик"));

    [Fact]
    public void Format_uses_plain_digits_whatever_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ru-RU");
            Assert.Equal("1234567\u00A0пар", RussianPlural.Format(1234567, "пара", "пары", "пар"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
