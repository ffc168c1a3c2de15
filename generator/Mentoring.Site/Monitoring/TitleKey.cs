using System.Globalization;
using System.Text;
using Mentoring.Site.Text;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// The key a form or model title is matched by: lower case, ё → е, without hyphens, dashes and spaces, so
/// «Ученик – ученик», «ученик-ученик» and «УЧЕНИК — УЧЕНИК» are the same form. Built on
/// <see cref="TextMatching.NormalizeKey"/> and finished here, so it holds whichever version of that is in use.
/// </summary>
internal static class TitleKey
{
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var normalized = TextMatching.NormalizeKey(title);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation || c == '\u2212')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            sb.Append(lower == 'ё' ? 'е' : lower);
        }

        return sb.ToString();
    }
}
