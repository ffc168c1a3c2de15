using System.CommandLine;
using System.Globalization;

namespace Mentoring.Cli;

/// <summary>The <c>--date ГГГГ-ММ-ДД</c> option shared by serve and pack; "today" when absent.</summary>
public static class DateArgument
{
    public static Option<string?> Create(string description) => new("--date") { Description = description, HelpName = "ГГГГ-ММ-ДД" };

    /// <summary>Null after writing a Russian hint when the text is not a date.</summary>
    public static DateOnly? Parse(string? text, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTime.Today);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error.WriteLine($"Дата «{text}» не распознана: укажите её как ГГГГ-ММ-ДД, например 2025-09-01.");
        return null;
    }
}
