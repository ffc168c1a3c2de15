using System.Buffers;

namespace Mentoring.Site.Text;

/// <summary>
/// A single forward pass over generator-made HTML that separates text from markup for
/// <see cref="HtmlTextMap"/>. It is not a general HTML parser: the input comes from Markdig and
/// our templates, so it is well-formed, and only what decides "is this text" is recognised —
/// tags (with quoted attribute values), comments, doctype, elements whose content is never
/// typeset, and character references.
/// </summary>
internal static class HtmlTextScanner
{
    private static readonly SearchValues<char> Interesting = SearchValues.Create("<&\uFDD0\uFDD1\uFDD2\uFDD3");

    public static void Scan(string html, HtmlTextMap map)
    {
        // Sentinel characters never occur in real pages: without them, the search is for two ASCII characters.
        bool hasSentinels = html.AsSpan().IndexOfAnyInRange(TypographyChars.InlineSentinel, TypographyChars.OpaqueSentinel) >= 0;
        int i = 0;
        while (i < html.Length)
        {
            int next = hasSentinels ? html.AsSpan(i).IndexOfAny(Interesting) : html.AsSpan(i).IndexOfAny('<', '&');
            if (next < 0)
            {
                map.AppendText(html.AsSpan(i));
                return;
            }

            map.AppendText(html.AsSpan(i, next));
            i += next;
            char c = html[i];
            if (c == '<')
            {
                i = ScanMarkup(html, i, map);
            }
            else if (c == '&')
            {
                i = ScanReference(html, i, map);
            }
            else
            {
                // A literal sentinel character in the input: keep it, as markup nobody may touch.
                map.AppendMarkup(TypographyChars.OpaqueSentinel, i, 1);
                i++;
            }
        }
    }

    private static int ScanMarkup(string html, int i, HtmlTextMap map)
    {
        int end;
        if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
        {
            end = EndOfComment(html, i);
            map.AppendMarkup(TypographyChars.InlineSentinel, i, end - i);
            return end;
        }

        char second = i + 1 < html.Length ? html[i + 1] : '\0';
        if (second is '!' or '?')
        {
            int close = html.IndexOf('>', i + 2);
            end = close < 0 ? html.Length : close + 1;
            map.AppendMarkup(TypographyChars.BlockSentinel, i, end - i);
            return end;
        }

        bool isEndTag = second == '/';
        int nameStart = isEndTag ? i + 2 : i + 1;
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            // «a < b»: a literal less-than sign in text.
            map.AppendText('<');
            return i + 1;
        }

        end = ScanTag(html, nameStart, out int nameEnd, out bool selfClosing);
        ReadOnlySpan<char> name = html.AsSpan(nameStart, nameEnd - nameStart);
        HtmlTagRole role = HtmlTags.RoleOf(name);
        if (!isEndTag && !selfClosing && role is HtmlTagRole.SkipAsBlock or HtmlTagRole.SkipAsOpaque)
        {
            end = HtmlTags.IsRawText(name) ? EndOfRawText(html, end, name) : EndOfElement(html, end, name);
        }

        char sentinel = (role, isEndTag) switch
        {
            (HtmlTagRole.Inline, _) => TypographyChars.InlineSentinel,
            (HtmlTagRole.LineBreak, _) => TypographyChars.LineBreakSentinel,
            (HtmlTagRole.Opaque or HtmlTagRole.SkipAsOpaque, false) => TypographyChars.OpaqueSentinel,
            _ => TypographyChars.BlockSentinel,
        };
        map.AppendMarkup(sentinel, i, end - i);
        return end;
    }

    /// <summary>Scans a tag from its name to just past its '&gt;', skipping quoted attribute values.</summary>
    private static int ScanTag(string html, int nameStart, out int nameEnd, out bool selfClosing)
    {
        int j = nameStart;
        while (j < html.Length && !IsHtmlSpace(html[j]) && html[j] is not ('/' or '>'))
        {
            j++;
        }

        nameEnd = j;
        char last = '\0';
        while (j < html.Length)
        {
            int found = html.AsSpan(j).IndexOfAny('>', '"', '\'');
            int k = found < 0 ? html.Length : j + found;

            // The last visible character before k: what an attribute value's quote or the closing '>' follows.
            for (int b = k - 1; b >= j; b--)
            {
                if (!IsHtmlSpace(html[b]))
                {
                    last = html[b];
                    break;
                }
            }

            if (found < 0)
            {
                break;
            }

            char c = html[k];
            if (c == '>')
            {
                selfClosing = last == '/';
                return k + 1;
            }

            if (last == '=')
            {
                int close = html.IndexOf(c, k + 1);
                if (close < 0)
                {
                    break;
                }

                j = close + 1;
            }
            else
            {
                j = k + 1;
            }

            last = c;
        }

        selfClosing = false;
        return html.Length;
    }

    private static int EndOfComment(string html, int i)
    {
        int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
        return close < 0 ? html.Length : close + 3;
    }

    /// <summary>The end of <c>script</c>, <c>style</c> or <c>textarea</c>: the first matching end tag.</summary>
    private static int EndOfRawText(string html, int from, ReadOnlySpan<char> name)
    {
        int j = from;
        while (true)
        {
            int found = html.IndexOf("</", j, StringComparison.Ordinal);
            if (found < 0)
            {
                return html.Length;
            }

            int after = found + 2 + name.Length;
            if (html.AsSpan(found + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (after >= html.Length || IsHtmlSpace(html[after]) || html[after] is '/' or '>'))
            {
                int close = html.IndexOf('>', after);
                return close < 0 ? html.Length : close + 1;
            }

            j = found + 2;
        }
    }

    /// <summary>The end of an element with ordinary content, counting nested elements of the same name.</summary>
    private static int EndOfElement(string html, int from, ReadOnlySpan<char> name)
    {
        int depth = 1;
        int j = from;
        while (j < html.Length)
        {
            int lt = html.IndexOf('<', j);
            if (lt < 0)
            {
                break;
            }

            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                j = EndOfComment(html, lt);
                continue;
            }

            bool isEndTag = lt + 1 < html.Length && html[lt + 1] == '/';
            int nameStart = isEndTag ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                j = lt + 1;
                continue;
            }

            int end = ScanTag(html, nameStart, out int nameEnd, out bool selfClosing);
            if (html.AsSpan(nameStart, nameEnd - nameStart).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (isEndTag)
                {
                    if (--depth == 0)
                    {
                        return end;
                    }
                }
                else if (!selfClosing)
                {
                    depth++;
                }
            }

            j = end;
        }

        return html.Length;
    }

    /// <summary>
    /// Character references that matter to typography (quotes, dashes, no-break space) become
    /// their characters, so that «&amp;quot;» pairs are typeset like «"». Any other reference stays
    /// exactly as written, as an opaque piece of markup; a lone '&amp;' is text.
    /// </summary>
    private static int ScanReference(string html, int i, HtmlTextMap map)
    {
        int j = i + 1;
        char decoded;
        if (j < html.Length && html[j] == '#')
        {
            j++;
            bool hex = j < html.Length && html[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            int digitsStart = j;
            int value = 0;
            while (j < html.Length && (hex ? char.IsAsciiHexDigit(html[j]) : char.IsAsciiDigit(html[j])))
            {
                value = Math.Min((value * (hex ? 16 : 10)) + HexValue(html[j]), 0x110000);
                j++;
            }

            if (j == digitsStart || j >= html.Length || html[j] != ';')
            {
                map.AppendText('&');
                return i + 1;
            }

            j++;
            decoded = value switch
            {
                0x22 or 0xA0 or 0xAB or 0xBB or 0x2013 or 0x2014 or 0x201C or 0x201D or 0x201E => (char)value,
                _ => '\0',
            };
        }
        else
        {
            int nameStart = j;
            while (j < html.Length && char.IsAsciiLetterOrDigit(html[j]) && j - nameStart < 40)
            {
                j++;
            }

            if (j == nameStart || j >= html.Length || html[j] != ';')
            {
                map.AppendText('&');
                return i + 1;
            }

            decoded = html.AsSpan(nameStart, j - nameStart) switch
            {
                "quot" or "QUOT" => '"',
                "nbsp" or "NonBreakingSpace" => TypographyChars.NoBreakSpace,
                "laquo" => '«',
                "raquo" => '»',
                "bdquo" => '„',
                "ldquo" => '“',
                "rdquo" => '”',
                "ndash" => '\u2013',
                "mdash" => '\u2014',
                _ => '\0',
            };
            j++;
        }

        if (decoded == '\0')
        {
            map.AppendMarkup(TypographyChars.OpaqueSentinel, i, j - i);
        }
        else
        {
            map.AppendDecoded(decoded);
        }

        return j;
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
