using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Output;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("/* c */\na {\n  color: red;\n}\n", "a{color:red}\n")]
    [InlineData("a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; }", "a[href^=\"http\"]::after{content:\" (\" attr(href) \")\"}\n")]
    [InlineData("h1 , h2 > p :hover{margin:0 auto}", "h1,h2 > p :hover{margin:0 auto}\n")]
    [InlineData("a{content:'/* not a comment */'}", "a{content:'/* not a comment */'}\n")]
    [InlineData("@media (max-width: 40rem) { .x { display: none } }", "@media (max-width:40rem){.x{display:none}}\n")]
    [InlineData("a { content: \";}\" ; margin: 0 ! important ; }", "a{content:\";}\";margin:0!important}\n")]
    [InlineData(".a :is(b, c) , d:not( .e ) { width: calc(1px + 2px) }", ".a :is(b,c),d:not( .e ){width:calc(1px + 2px)}\n")]
    public void Minifies_without_changing_meaning(string css, string expected) =>
        Assert.Equal(expected, CssMinifier.Minify(css));
}
