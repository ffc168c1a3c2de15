using System.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// A careful CSS minifier for the theme's own stylesheet: drops comments and needless white space, never
/// touches the inside of strings (<c>content: " ("</c> must stay as written). Readers on slow rural lines
/// download it on their first page.
/// </summary>
public static class CssMinifier
{
    public static string Minify(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var sb = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c is '"' or '\'')
            {
                FlushSpace(sb, ref pendingSpace, c);
                var end = i + 1;
                while (end < css.Length && css[end] != c)
                {
                    end += css[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end, css.Length - 1);
                sb.Append(css, i, end - i + 1);
                i = end;
                continue;
            }

            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? css.Length : close + 1;
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            FlushSpace(sb, ref pendingSpace, c);

            // The last declaration of a block needs no semicolon: «a{color:red;}» → «a{color:red}».
            if (c == '}' && sb.Length > 0 && sb[^1] == ';')
            {
                sb.Length--;
            }

            sb.Append(c);
        }

        return sb.Append('\n').ToString();
    }

    private static void FlushSpace(StringBuilder sb, ref bool pending, char next)
    {
        if (pending && !IsTight(next) && next != '!' && sb.Length > 0 && !IsTight(sb[^1]) && sb[^1] is not (':' or '!'))
        {
            sb.Append(' ');
        }

        pending = false;
    }

    /// <summary>Characters that need no space on either side.</summary>
    /// <remarks>
    /// A colon needs none after it (a declaration «color: red», a query «(max-width: 40rem)»; a selector never has a
    /// space after its colon) but may need one before it («a :hover» is not «a:hover»); «!important» needs none around «!».
    /// </remarks>
    private static bool IsTight(char c) => c is '{' or '}' or ';' or ',';
}
