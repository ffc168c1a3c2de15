using System.Globalization;

namespace Mentoring.Site.Text;

/// <summary>
/// Russian date formats used on the site. They are spelled out here instead of asking
/// <see cref="CultureInfo"/> for «ru-RU» because the build must give byte-identical pages on any
/// machine: ICU versions differ in month forms and separators, and invariant-globalization hosts
/// have no Russian data at all.
/// </summary>
public static class RussianDates
{
    private static readonly string[] Nominative =
    [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ];

    private static readonly string[] Genitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    /// <summary>
    /// A date in running text: «29 августа 2022 г.» — no leading zero, month in the genitive, and
    /// no-break spaces that keep the day with its month and the year with «г.».
    /// </summary>
    public static string FormatProse(DateOnly date) =>
        string.Concat(
            date.Day.ToString(CultureInfo.InvariantCulture),
            "\u00A0",
            Genitive[date.Month - 1],
            " ",
            date.Year.ToString(CultureInfo.InvariantCulture),
            "\u00A0г.");

    /// <summary>A date in a reference to an act («от 25.12.2019 № Р-145»), where the numeric form is customary.</summary>
    public static string FormatNumeric(DateOnly date) =>
        date.ToString("dd'.'MM'.'yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month name on its own, as in a heading or a roadmap column: «январь».</summary>
    public static string MonthNominative(int month) => Nominative[CheckMonth(month) - 1];

    /// <summary>The month form used after a day number: «августа».</summary>
    public static string MonthGenitive(int month) => Genitive[CheckMonth(month) - 1];

    /// <summary>A roadmap deadline such as «март 2022 г.», with the year kept with «г.».</summary>
    public static string FormatMonthYear(int year, int month) =>
        string.Concat(
            MonthNominative(month),
            " ",
            year.ToString(CultureInfo.InvariantCulture),
            "\u00A0г.");

    /// <summary>A school year that starts in September of <paramref name="startYear"/>: «2022/2023».</summary>
    public static string AcademicYear(int startYear) =>
        string.Concat(
            startYear.ToString(CultureInfo.InvariantCulture),
            "/",
            (startYear + 1).ToString(CultureInfo.InvariantCulture));

    private static int CheckMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month;
    }
}
