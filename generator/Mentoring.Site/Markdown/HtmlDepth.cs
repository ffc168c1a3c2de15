using System.Collections.Frozen;

namespace Mentoring.Site.Markdown;

/// <summary>
/// How deeply the raw HTML of a page nests, measured before the sanitiser parses it: HTML parsers take time
/// quadratic in the depth (40 000 nested &lt;div&gt; take seconds, 100 000 minutes), so absurd nesting is refused
/// instead. Elements that need no end tag (p, li, td…) and void elements do not count, so ordinary HTML with
/// omitted end tags is never mistaken for nesting.
/// </summary>
internal static class HtmlDepth
{
    /// <summary>Deepest raw HTML accepted; hand-written HTML stays far below it.</summary>
    public const int MaxDepth = 256;

    private static readonly FrozenSet<string> Uncounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // Elements whose end tag may be omitted: the parser closes them itself.
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rt", "rp", "rb", "rtc");

    /// <summary>True when some element of <paramref name="html"/> lies deeper than <paramref name="maxDepth"/>.</summary>
    public static bool Exceeds(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = 0;
        while (true)
        {
            i = html.IndexOf('<', i);
            if (i < 0 || i + 1 >= html.Length)
            {
                return false;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                i = end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            if (start >= html.Length || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            // The end of the tag, skipping quoted attribute values (which may hold '>').
            var j = nameEnd;
            var selfClosing = false;
            while (j < html.Length && html[j] != '>')
            {
                if (html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    j = close < 0 ? html.Length : close + 1;
                    continue;
                }

                selfClosing = html[j] == '/' && j + 1 < html.Length && html[j + 1] == '>';
                j++;
            }

            var name = html.AsSpan(start, nameEnd - start);
            if (!Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                if (closing)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (!selfClosing && ++depth > maxDepth)
                {
                    return true;
                }
            }

            i = j;
        }
    }
}
