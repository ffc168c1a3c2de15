using System.Globalization;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

public sealed class RussianDatesTests
{
    [Theory]
    [InlineData(2022, 8, 29, "29\u00A0августа 2022\u00A0г.")]
    [InlineData(2019, 12, 25, "25\u00A0декабря 2019\u00A0г.")]
    [InlineData(2023, 1, 1, "1\u00A0января 2023\u00A0г.")]
    [InlineData(2024, 5, 9, "9\u00A0мая 2024\u00A0г.")]
    public void FormatProse_has_no_leading_zero_and_a_genitive_month(int y, int m, int d, string expected) =>
        Assert.Equal(expected, RussianDates.FormatProse(new DateOnly(y, m, d)));

    [Theory]
    [InlineData(2019, 12, 25, "25.12.2019")]
    [InlineData(2022, 3, 1, "01.03.2022")]
    public void FormatNumeric_is_dd_mm_yyyy(int y, int m, int d, string expected) =>
        Assert.Equal(expected, RussianDates.FormatNumeric(new DateOnly(y, m, d)));

    [Fact]
    public void Month_names()
    {
        string[] nominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
        string[] genitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
        for (int month = 1; month <= 12; month++)
        {
            Assert.Equal(nominative[month - 1], RussianDates.MonthNominative(month));
            Assert.Equal(genitive[month - 1], RussianDates.MonthGenitive(month));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_out_of_range_throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RussianDates.MonthNominative(month));

    [Fact]
    public void FormatMonthYear_keeps_year_with_its_abbreviation() =>
        Assert.Equal("март 2022\u00A0г.", RussianDates.FormatMonthYear(2022, 3));

    [Fact]
    public void AcademicYear_spans_two_years() =>
        Assert.Equal("2022/2023", RussianDates.AcademicYear(2022));

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        CultureInfo savedCulture = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var date = new DateOnly(2022, 8, 29);
            Assert.Equal("29\u00A0августа 2022\u00A0г.", RussianDates.FormatProse(date));
            Assert.Equal("29.08.2022", RussianDates.FormatNumeric(date));
            Assert.Equal("август 2022\u00A0г.", RussianDates.FormatMonthYear(2022, 8));
            Assert.Equal("2022/2023", RussianDates.AcademicYear(2022));
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
