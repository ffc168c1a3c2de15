namespace Mentoring.Site.Text;

// Temporary minimal version; replaced by the full implementation from the text branch.
public static class RussianDates
{
    private static readonly string[] Genitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static string FormatProse(DateOnly d) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.Day}\u00A0{Genitive[d.Month - 1]} {d.Year}\u00A0г.");

    public static string FormatNumeric(DateOnly d) => d.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
