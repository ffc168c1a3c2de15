using Mentoring.Engine;
using Mentoring.Site.Markdown;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Script injection through a Markdown body: every known way of hiding script in HTML or in a Markdown link is
/// rendered the way a page renders it (Markdown, sanitiser, typography), then parsed as a browser parses it.
/// </summary>
public sealed class MarkdownInjectionTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Payloads => [.. HostilePayloads.MarkdownVectors];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Markdown_body_never_yields_runnable_script(string payload)
    {
        foreach (var markdown in new[] { payload, "Текст перед.\n\n" + payload + "\n\nТекст после.", "- " + payload, "> " + payload, "| a |\n|---|\n| " + payload.Replace("\n", " ", StringComparison.Ordinal) + " |" })
        {
            var bag = new DiagnosticBag();
            var html = Typography.ApplyToHtml(Renderer.Render(markdown, "stranitsa.md", 5, bag).Html);
            var problems = HtmlSafety.Problems(html);
            Assert.True(problems.Count == 0, $"Input:\n{markdown}\nOutput:\n{html}\nProblems:\n{string.Join("\n", problems)}");
        }
    }

    /// <summary>The checker itself must see these, or the tests above would pass on anything.</summary>
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>")]
    [InlineData("<a href=\"  JaVa&#x09;ScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">")]
    [InlineData("<form><button formaction=\"vbscript:x\">x</button></form>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<object data=\"x\"></object>")]
    [InlineData("<embed src=\"x\">")]
    [InlineData("<base href=\"https://evil.example/\">")]
    [InlineData("<meta http-equiv=\"Refresh\" content=\"0;url=https://evil.example\">")]
    [InlineData("<div style=\"width: expr/**/ession(alert(1))\">x</div>")]
    [InlineData("<div style=\"background:url( 'javascript:alert(1)' )\">x</div>")]
    [InlineData("<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>")]
    [InlineData("<a href=\"#\" ONMOUSEOVER=\"alert(1)\">x</a>")]
    public void The_checker_sees_script_however_it_is_hidden(string html) =>
        Assert.NotEmpty(HtmlSafety.Problems("<!DOCTYPE html><html><body>" + html + "</body></html>"));

    [Fact]
    public void The_checker_accepts_the_themes_own_scripts_only()
    {
        var own = new HashSet<HtmlSafety.ScriptKey> { new("assets/js/a11y.js", string.Empty) };
        Assert.Empty(HtmlSafety.Problems("<html><head><script src=\"../../assets/js/a11y.js\"></script></head></html>", own));
        Assert.NotEmpty(HtmlSafety.Problems("<html><head><script src=\"../../assets/js/evil.js\"></script></head></html>", own));
        Assert.NotEmpty(HtmlSafety.Problems("<html><head><script src=\"https://evil.example/assets/js/a11y.js\"></script></head></html>", own));
        Assert.NotEmpty(HtmlSafety.Problems("<html><head><script src=\"assets/js/a11y.js\">alert(1)</script></head></html>", own));
    }
}
