using System.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// Inlines a stylesheet's leading <c>@import "shared/cards.css";</c> rules at build time, so page stylesheets can
/// share parts (the theme's <c>static/css/shared/</c>) and a page still downloads one file of its own. Only a plain
/// relative path to another stylesheet of the theme is inlined, recursively; an import with a media or supports
/// condition, of a file that is missing, or that would repeat itself stays as written, and so do the imports after
/// it (every @import must precede the rules of a stylesheet).
/// </summary>
public static class CssImports
{
    /// <summary>
    /// <paramref name="css"/> with its leading imports replaced by the imported text. <paramref name="path"/> is the
    /// stylesheet's own path (relative to the theme's <c>static/</c>: "css/roadmap.css"); <paramref name="read"/>
    /// gives the text of another such path, or null when there is none.
    /// </summary>
    public static string Inline(string css, string path, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(css);
        ArgumentNullException.ThrowIfNull(read);
        return Inline(css, path, read, [path]);
    }

    private static string Inline(string css, string path, Func<string, string?> read, HashSet<string> open)
    {
        var sb = new StringBuilder(css.Length);
        var i = 0;
        while (true)
        {
            var start = i;
            i = SkipSpaceAndComments(css, i);
            if (!css.AsSpan(i).StartsWith("@import", StringComparison.OrdinalIgnoreCase))
            {
                i = start;
                break;
            }

            var end = StatementEnd(css, i);
            var target = Target(css.AsSpan(i + "@import".Length, end - i - "@import".Length));
            var resolved = target is null ? null : Resolve(path, target);
            var text = resolved is null || open.Contains(resolved) ? null : read(resolved);
            if (text is null)
            {
                i = start;
                break;
            }

            open.Add(resolved!);
            sb.Append(Inline(text, resolved!, read, open).TrimEnd()).Append('\n');
            open.Remove(resolved!);
            i = Math.Min(end + 1, css.Length);
        }

        return sb.Append(css, i, css.Length - i).ToString();
    }

    private static int SkipSpaceAndComments(string css, int i)
    {
        while (i < css.Length)
        {
            if (char.IsWhiteSpace(css[i]))
            {
                i++;
            }
            else if (css.AsSpan(i).StartsWith("/*", StringComparison.Ordinal))
            {
                var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? css.Length : close + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The index of the «;» that ends the statement at <paramref name="i"/> (outside quotes), or the end.</summary>
    private static int StatementEnd(string css, int i)
    {
        var quote = '\0';
        for (; i < css.Length; i++)
        {
            var c = css[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == ';')
            {
                return i;
            }
        }

        return css.Length;
    }

    /// <summary>The path of <c>"x.css"</c>, <c>'x.css'</c>, <c>url(x.css)</c> or <c>url("x.css")</c> with nothing after it; else null.</summary>
    private static string? Target(ReadOnlySpan<char> rule)
    {
        var s = rule.Trim();
        var isUrl = s.StartsWith("url(", StringComparison.OrdinalIgnoreCase);
        if (isUrl)
        {
            if (!s.EndsWith(")"))
            {
                return null;
            }

            s = s[4..^1].Trim();
        }

        if (s.Length >= 2 && s[0] is '"' or '\'' && s[^1] == s[0])
        {
            s = s[1..^1];
        }
        else if (!isUrl)
        {
            return null;
        }

        var target = s.ToString();
        return target.Length == 0 || target.IndexOfAny(['"', '\'', '(', ')', ' ', '\\', '?', '#', ':']) >= 0 || target.StartsWith('/') ? null : target;
    }

    /// <summary>«shared/cards.css» from «css/roadmap.css» → «css/shared/cards.css»; null when it leaves the static folder.</summary>
    private static string? Resolve(string from, string target)
    {
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var part in target.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        var path = string.Join('/', parts);
        return path.EndsWith(".css", StringComparison.Ordinal) ? path : null;
    }
}
