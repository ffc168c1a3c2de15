using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Output;

public sealed class CssImportsTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["css/shared/cards.css"] = ".card{a:b}\n",
        ["css/shared/tables.css"] = "@import 'cards.css';\n.rtable{c:d}\n",
        ["css/shared/loop.css"] = "@import \"loop.css\";\n.loop{e:f}\n",
        ["css/other/x.css"] = ".x{g:h}\n",
    };

    private static string Inline(string css) => CssImports.Inline(css, "css/page.css", p => Files.GetValueOrDefault(p));

    [Theory]
    [InlineData("@import \"shared/cards.css\";\n.page{}", ".card{a:b}\n\n.page{}")]
    [InlineData("/* page */\n@import url(shared/cards.css);\n@import url('other/x.css');\n.page{}", ".card{a:b}\n.x{g:h}\n\n.page{}")]
    // Imports inside imported parts, relative to the part; each file once on the way down, a loop stays an import.
    [InlineData("@import 'shared/tables.css';", ".card{a:b}\n\n.rtable{c:d}\n")]
    [InlineData("@import 'shared/loop.css';", "@import \"loop.css\";\n.loop{e:f}\n")]
    // What cannot be inlined stays, and so does every import after it.
    [InlineData("@import 'shared/cards.css' print;\n@import 'shared/tables.css';\n.p{}", "@import 'shared/cards.css' print;\n@import 'shared/tables.css';\n.p{}")]
    [InlineData("@import 'shared/cards.css';\n@import 'missing.css';\n@import 'other/x.css';", ".card{a:b}\n\n@import 'missing.css';\n@import 'other/x.css';")]
    [InlineData("@import 'https://fonts.example/x.css';", "@import 'https://fonts.example/x.css';")]
    [InlineData("@import '../../../etc/passwd.css';", "@import '../../../etc/passwd.css';")]
    // An import after a rule is not an import: left alone.
    [InlineData(".p{}\n@import 'shared/cards.css';", ".p{}\n@import 'shared/cards.css';")]
    [InlineData("", "")]
    public void Inlines_leading_imports_of_theme_stylesheets(string css, string expected) =>
        Assert.Equal(expected, Inline(css));
}
