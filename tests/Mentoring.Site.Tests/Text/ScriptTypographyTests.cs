using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mentoring.Site.Tests.Support;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

/// <summary>
/// What the theme's scripts write for people — the labels of «Версия для слабовидящих», the filter's and the search's
/// messages — follows the site's Russian typography like the pages do: the typographer never sees these strings (they
/// reach the page at run time), so they are written typeset, with <c>\u00a0</c> after short words and before «%».
/// Every string literal with Russian letters (or a number and «%») must come out of the typographer unchanged; in HTML
/// strings, the text between the tags.
/// </summary>
public sealed partial class ScriptTypographyTests
{
    public static TheoryData<string> Scripts =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "static", "js"), "*.js").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Russian_text_of_a_theme_script_is_typeset(string script)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "static", "js", script));
        var untypeset = new List<string>();
        foreach (var text in Literals(source).SelectMany(TextOf).Where(t => Cyrillic().IsMatch(t) || NumberAndPercent().IsMatch(t)))
        {
            var typeset = Typography.ApplyToText(text);
            if (typeset != text)
            {
                untypeset.Add($"«{Visible(text)}» → «{Visible(typeset)}»");
            }
        }

        Assert.True(untypeset.Count == 0, $"{script}: strings to typeset (· is a no-break space):\n" + string.Join("\n", untypeset));
    }

    [Fact]
    public void The_panel_labels_are_typeset_and_the_check_sees_them()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "static", "js", "a11y.js"));
        var texts = Literals(source).SelectMany(TextOf).ToList();
        Assert.Contains("100\u00A0%", texts);
        Assert.Contains("С\u00A0засечками", texts);
        Assert.Contains("Тёмно-синим по\u00A0голубому", texts);
        Assert.Contains("Версия для\u00A0слабовидящих", texts);

        // The check itself: an untypeset label is caught.
        Assert.NotEqual("Белым по чёрному", Typography.ApplyToText("Белым по чёрному"));
    }

    /// <summary>The values of the script's single-quoted string literals, JavaScript escapes decoded.</summary>
    private static IEnumerable<string> Literals(string source) =>
        StringLiteral().Matches(source).Select(m => Unescape(m.Groups["body"].Value));

    /// <summary>The text of a literal: itself, or for a piece of HTML the text between its tags.</summary>
    private static IEnumerable<string> TextOf(string literal)
    {
        if (!literal.Contains('<', StringComparison.Ordinal) && !literal.Contains('>', StringComparison.Ordinal))
        {
            return [literal];
        }

        // A piece may start inside a tag («" aria-hidden="true">Ц</span>») or end inside one.
        var first = literal.IndexOf('>', StringComparison.Ordinal);
        var start = first >= 0 && (literal.IndexOf('<', StringComparison.Ordinal) is var lt && (lt < 0 || first < lt)) ? first + 1 : 0;
        var end = literal.LastIndexOf('<') is var last && last >= 0 && literal.IndexOf('>', last) < 0 ? last : literal.Length;
        return Tag().Split(literal[start..Math.Max(start, end)]).Where(t => t.Length > 0);
    }

    private static string Unescape(string body)
    {
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                sb.Append(body[i]);
                continue;
            }

            var c = body[++i];
            if (c == 'u' && i + 4 < body.Length)
            {
                sb.Append((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                sb.Append(c switch { 'n' => '\n', 't' => '\t', _ => c });
            }
        }

        return sb.ToString();
    }

    private static string Visible(string text) => text.Replace('\u00A0', '·');

    [GeneratedRegex(@"'(?<body>(?:[^'\\\n]|\\.)*)'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();

    /// <summary>«100 %»: a label of the font sizes, without a Russian letter but typeset all the same.</summary>
    [GeneratedRegex(@"\d\s%")]
    private static partial Regex NumberAndPercent();
}
