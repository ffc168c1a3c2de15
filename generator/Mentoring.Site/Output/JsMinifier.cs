using System.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// A careful JavaScript minifier for the theme's own scripts, in the spirit of <see cref="CssMinifier"/>: it only
/// drops comments and white space, and never changes a token. Strings, template literals and regular expression
/// literals are copied as written. A line break is kept wherever removing it could matter (automatic semicolon
/// insertion: <c>return</c>, <c>a++</c>, a line starting with <c>(</c>…); it is dropped only after a token that
/// cannot end a statement (<c>{ ( [ , ; = …</c>) or before one that closes it (<c>} ) ] , ;</c>). A space is kept
/// between two identifier characters and wherever two tokens would otherwise run together (<c>a - -b</c>,
/// <c>a / /re/</c>, <c>1 .toString()</c>, <c>&lt; !--</c>).
/// </summary>
public static class JsMinifier
{
    /// <summary>Words after which a slash starts a regular expression, not a division.</summary>
    private static readonly HashSet<string> RegexAfterWords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    };

    private static readonly System.Buffers.SearchValues<char> LineTerminators = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    public static string Minify(string js)
    {
        ArgumentNullException.ThrowIfNull(js);
        var sb = new StringBuilder(js.Length);
        var pending = Gap.None;

        // The last word written (for «return /re/»), empty when the last token was not a word.
        var lastWord = string.Empty;
        var i = 0;
        while (i < js.Length)
        {
            var c = js[i];
            if (c == '/' && i + 1 < js.Length && js[i + 1] == '/')
            {
                while (i < js.Length && !IsLineTerminator(js[i]))
                {
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < js.Length && js[i + 1] == '*')
            {
                var close = js.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? js.Length : close + 2;

                // A comment with a line break in it counts as a line break.
                pending = Max(pending, js.AsSpan(i, end - i).ContainsAny(LineTerminators) ? Gap.Line : Gap.Space);
                i = end;
                continue;
            }

            if (IsLineTerminator(c))
            {
                pending = Gap.Line;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                pending = Max(pending, Gap.Space);
                i++;
                continue;
            }

            WriteGap(sb, pending, c);
            pending = Gap.None;
            var start = i;
            if (c is '"' or '\'')
            {
                i = SkipString(js, i);
                lastWord = string.Empty;
            }
            else if (c == '`')
            {
                i = SkipTemplate(js, i);
                lastWord = string.Empty;
            }
            else if (c == '/' && StartsRegex(sb, lastWord))
            {
                i = SkipRegex(js, i);
                lastWord = string.Empty;
            }
            else if (IsWordChar(c))
            {
                while (i < js.Length && IsWordChar(js[i]))
                {
                    i++;
                }

                lastWord = js[start..i];
            }
            else
            {
                i++;
                lastWord = string.Empty;
            }

            sb.Append(js, start, i - start);
        }

        return sb.Append('\n').ToString();
    }

    private enum Gap
    {
        None,
        Space,
        Line,
    }

    private static Gap Max(Gap a, Gap b) => a > b ? a : b;

    private static void WriteGap(StringBuilder sb, Gap gap, char next)
    {
        if (gap == Gap.None || sb.Length == 0)
        {
            return;
        }

        var previous = sb[^1];
        if (gap == Gap.Line && !(CannotEndStatement(previous) || ClosesStatement(next)))
        {
            sb.Append('\n');
        }
        else if (NeedsSpace(previous, next))
        {
            sb.Append(' ');
        }
    }

    /// <summary>Characters that end a token after which an operand or statement must follow: no semicolon can be inserted.</summary>
    private static bool CannotEndStatement(char c) => c is '{' or '(' or '[' or ',' or ';' or ':' or '=' or '?' or '&' or '|' or '!' or '~' or '^' or '%' or '*' or '<' or '>';

    /// <summary>Characters before which a line break adds nothing: a semicolon is inserted before «}» anyway.</summary>
    private static bool ClosesStatement(char c) => c is '}' or ')' or ']' or ',' or ';';

    /// <summary>Two characters that would join into another token (or a comment) without a space between them.</summary>
    private static bool NeedsSpace(char previous, char next) =>
        (IsWordChar(previous) && IsWordChar(next))
        || (previous == next && previous is '+' or '-' or '/' or '.')
        || (previous == '/' && next == '*') || (previous == '*' && next == '/')
        || (char.IsAsciiDigit(previous) && next == '.') || (previous == '.' && char.IsAsciiDigit(next))
        || (previous == '<' && next == '!') || (previous == '-' && next == '>');

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\\' || c > '\u007F';

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>
    /// Whether a slash at this point starts a regular expression: after an operator, a bracket that opens, «}» or one
    /// of <see cref="RegexAfterWords"/>; not after a name, a number, a string or «)» «]», where it divides.
    /// </summary>
    private static bool StartsRegex(StringBuilder written, string lastWord)
    {
        if (lastWord.Length > 0)
        {
            return RegexAfterWords.Contains(lastWord);
        }

        // The gap before the slash is already written: look at the token before it.
        var end = written.Length;
        while (end > 0 && written[end - 1] is ' ' or '\n')
        {
            end--;
        }

        if (end == 0)
        {
            return true;
        }

        // After «}» a slash starts a regular expression: a block ended; dividing an object or a function is nonsense.
        var previous = written[end - 1];
        return !(previous is ')' or ']' or '"' or '\'' or '`' || IsWordChar(previous) || (previous is '+' or '-' && IsPostfix(written, end)));
    }

    /// <summary>«a++ / 2»: after a postfix ++ or -- the slash divides.</summary>
    private static bool IsPostfix(StringBuilder written, int end) =>
        end >= 3 && written[end - 2] == written[end - 1] && (IsWordChar(written[end - 3]) || written[end - 3] is ')' or ']');

    private static int SkipString(string js, int i)
    {
        var quote = js[i++];
        while (i < js.Length && js[i] != quote)
        {
            i += js[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, js.Length);
    }

    /// <summary>A template literal with its ${…} parts, which may hold strings, templates and braces of their own.</summary>
    private static int SkipTemplate(string js, int i)
    {
        i++;
        while (i < js.Length && js[i] != '`')
        {
            if (js[i] == '\\')
            {
                i += 2;
            }
            else if (js[i] == '$' && i + 1 < js.Length && js[i + 1] == '{')
            {
                i = SkipBraces(js, i + 1);
            }
            else
            {
                i++;
            }
        }

        return Math.Min(i + 1, js.Length);
    }

    private static int SkipBraces(string js, int i)
    {
        var depth = 0;
        while (i < js.Length)
        {
            var c = js[i];
            if (c is '"' or '\'')
            {
                i = SkipString(js, i);
                continue;
            }

            if (c == '`')
            {
                i = SkipTemplate(js, i);
                continue;
            }

            i++;
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                break;
            }
        }

        return i;
    }

    private static int SkipRegex(string js, int i)
    {
        i++;
        var inClass = false;
        while (i < js.Length && !IsLineTerminator(js[i]))
        {
            var c = js[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            i++;
            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                break;
            }
        }

        while (i < js.Length && IsWordChar(js[i]))
        {
            i++;
        }

        return Math.Min(i, js.Length);
    }
}
