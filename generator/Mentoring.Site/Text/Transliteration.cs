using System.Text;

namespace Mentoring.Site.Text;

// Temporary minimal version; replaced by the full implementation from the text branch.
public static class Transliteration
{
    private static readonly string[] Map =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];

    public static string ToSlug(string text, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        var dash = false;
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw == 'ё' ? 'е' : raw;
            string? piece = c is >= 'а' and <= 'я' ? Map[c - 'а'] : char.IsAsciiLetterOrDigit(c) ? c.ToString() : null;
            if (piece is null)
            {
                dash = sb.Length > 0;
                continue;
            }

            if (piece.Length == 0)
            {
                continue;
            }

            if (dash)
            {
                sb.Append('-');
                dash = false;
            }

            sb.Append(piece);
        }

        var s = sb.ToString();
        return s.Length > maxLength ? s[..maxLength].TrimEnd('-') : s;
    }

    public static string ToFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        var ext = dot > 0 ? name[(dot + 1)..].ToLowerInvariant() : string.Empty;
        var slug = ToSlug(stem);
        return ext.Length > 0 ? slug + "." + ToSlug(ext) : slug;
    }
}
