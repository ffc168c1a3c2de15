namespace Mentoring.Site.Monitoring.Charts;

/// <summary>Word wrap for SVG text, which does not wrap by itself. Widths are estimated from character counts.</summary>
internal static class TextWrap
{
    /// <summary>Average width of a Cyrillic character as a share of the font size, on the generous side.</summary>
    public const double CharWidth = 0.6;

    /// <summary>The same for bold text.</summary>
    public const double BoldCharWidth = 0.66;

    public static int CharsFor(double width, double fontSize, bool bold = false) =>
        Math.Max(8, (int)(width / (fontSize * (bold ? BoldCharWidth : CharWidth))));

    public static double Width(string text, double fontSize, bool bold = false) => text.Length * fontSize * (bold ? BoldCharWidth : CharWidth);

    public static IReadOnlyList<string> Lines(string text, int maxChars)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0)
            {
                current = word;
            }
            else if (current.Length + 1 + word.Length <= maxChars)
            {
                current += " " + word;
            }
            else
            {
                lines.Add(current);
                current = word;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
