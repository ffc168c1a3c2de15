using System.Globalization;
using Mentoring.Site.Text;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Numbers for people: decimal comma, no-break space before units, plural forms (via <see cref="RussianPlural"/>). SVG coordinates
/// never go through here: they are written with the invariant culture by the chart writer.
/// </summary>
public static class RussianFormat
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>12 → «12», 3.45 → «3,5», 1234567 → «1 234 567» (groups of three with a no-break space from 10 000).</summary>
    public static string Number(double value, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var format = decimals > 0 ? "0." + new string('#', decimals) : "0";
        var text = rounded.ToString(format, CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot >= 0 ? text[..dot] : text;
        var fraction = dot >= 0 ? "," + text[(dot + 1)..] : string.Empty;
        if (integer.Length > 4)
        {
            var grouped = new System.Text.StringBuilder();
            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    grouped.Append(NoBreakSpace);
                }

                grouped.Append(integer[i]);
            }

            integer = grouped.ToString();
        }

        return (negative && (integer != "0" || fraction.Length > 0) ? "−" : string.Empty) + integer + fraction;
    }

    public static string Number(int value) => Number((double)value, 0);

    /// <summary>«12 пар», «1 пара».</summary>
    public static string Count(int n, UnitForms unit) => Number(n) + NoBreakSpace + RussianPlural.Choose(n, unit.One, unit.Few, unit.Many);

    /// <summary>After «из», «до»: «21 балла», «18 баллов» (<see cref="RussianPlural.ChooseGenitive"/>).</summary>
    public static string CountGenitive(int n, UnitForms unit) => Number(n) + NoBreakSpace + RussianPlural.ChooseGenitive(n, unit.Few, unit.Many);

    /// <summary>«менее 5».</summary>
    public static string LessThan(int threshold) => "менее" + NoBreakSpace + Number(threshold);
}
