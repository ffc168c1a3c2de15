using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

/// <summary>
/// A number and its percent sign stay on one line: «48 %» gets a no-break space (U+00A0), the way
/// «№ 1» and «2022 г.» do. In expected strings «~» stands for U+00A0.
/// </summary>
public sealed class TypographyPercentTests
{
    private static string N(string s) => s.Replace('~', '\u00A0');

    [Theory]
    [InlineData("48 %", "48~%")]
    [InlineData("выросла до 67 % к маю", "выросла до~67~% к~маю")]
    [InlineData("48,5 %", "48,5~%")]
    [InlineData("от 40 % до 60 %", "от~40~% до~60~%")]
    [InlineData("3 ‰", "3~‰")]
    [InlineData("48~%", "48~%")]
    // Written without a space, it stays so: the rule joins, it does not insert.
    [InlineData("48%", "48%")]
    // Only after a number: a word before «%» is left alone.
    [InlineData("доля %", "доля %")]
    public void A_number_and_its_percent_sign_are_joined(string input, string expected) =>
        Assert.Equal(N(expected), Typography.ApplyToText(N(input)));

    [Fact]
    public void Html_table_cells_get_the_no_break_space_too() =>
        Assert.Equal(N("<td>48~%</td><td>67~%</td>"), Typography.ApplyToHtml("<td>48 %</td><td>67 %</td>"));
}
