using System.Globalization;

namespace Mentoring.Site.Monitoring;

/// <summary>An academic year «2022/2023».</summary>
public readonly record struct AcademicYear(int First)
{
    public int Second => First + 1;

    /// <summary>«2022/2023».</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}/{Second}");

    /// <summary>ASCII id for anchors and SVG ids: «2022-2023».</summary>
    public string Slug => string.Create(CultureInfo.InvariantCulture, $"{First}-{Second}");

    /// <summary>
    /// Parses «2022/2023» (spaces around the slash are forgiven). <paramref name="sequenceOk"/> is false when the
    /// format is right but the second year is not the first plus one.
    /// </summary>
    public static bool TryParse(string? text, out AcademicYear year, out bool sequenceOk)
    {
        year = default;
        sequenceOk = false;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('/');
        if (parts.Length != 2)
        {
            return false;
        }

        var a = parts[0].Trim();
        var b = parts[1].Trim();
        if (a.Length != 4 || b.Length != 4 || !a.All(char.IsAsciiDigit) || !b.All(char.IsAsciiDigit))
        {
            return false;
        }

        var first = int.Parse(a, CultureInfo.InvariantCulture);
        var second = int.Parse(b, CultureInfo.InvariantCulture);
        if (first is < 1990 or > 2100)
        {
            return false;
        }

        year = new AcademicYear(first);
        sequenceOk = second == first + 1;
        return true;
    }
}
