using AngleSharp.Html.Parser;
using Mentoring.Engine;
using Mentoring.Site.Markdown;

namespace Mentoring.Site.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static (MarkdownResult Result, Diagnostic[] Diagnostics) Render(string markdown, string source = "pages/page.md", int firstLine = 5)
    {
        var bag = new DiagnosticBag();
        var result = Renderer.Render(markdown, source, firstLine, bag);
        return (result, [.. bag.Sorted()]);
    }

    [Fact]
    public void Headings_get_transliterated_unique_ids_and_are_listed()
    {
        var (r, _) = Render("## Цели и задачи\n\n## Цели и задачи\n\n### 2022 год\n");
        Assert.Contains("<h2 id=\"tseli-i-zadachi\">", r.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"tseli-i-zadachi-2\">", r.Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"razdel-2022-god\">", r.Html, StringComparison.Ordinal);
        Assert.Equal(["tseli-i-zadachi", "tseli-i-zadachi-2", "razdel-2022-god"], r.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Links_between_content_files_become_placeholders_with_real_positions()
    {
        var (r, d) = Render("Текст\n\nСм. [формы](../formy.md#uchenik) и [файл](files/a.pdf), [якорь](#tseli), [сайт](https://example.org).\n");
        Assert.Empty(d);
        Assert.Equal(3, r.Links.Length);
        Assert.Equal(new LinkReference("formy.md", "uchenik", 7, 5, false, "../formy.md#uchenik"), r.Links[0]);
        Assert.Equal("pages/files/a.pdf", r.Links[1].Target);
        Assert.Equal(string.Empty, r.Links[2].Target);
        Assert.Contains("href=\"mnt-ref:0\"", r.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    public void Dangerous_url_schemes_are_removed_with_a_warning(string markdown)
    {
        var (r, d) = Render(markdown);
        var doc = new HtmlParser().ParseDocument(r.Html);
        foreach (var el in doc.QuerySelectorAll("[href], [src]"))
        {
            var url = (el.GetAttribute("href") ?? el.GetAttribute("src"))!;
            Assert.DoesNotContain(':', url.Replace("mnt-ref:", string.Empty, StringComparison.Ordinal));
        }

        Assert.Equal(MarkdownRenderer.DangerousUrlCode, Assert.Single(d).Code);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<div style=\"width:expression(alert(1))\">x</div>")]
    [InlineData("<ScRiPt>alert(1)</sCrIpT>")]
    public void Raw_html_is_sanitised(string html)
    {
        var (r, _) = Render("Текст\n\n" + html + "\n");
        var doc = new HtmlParser().ParseDocument(r.Html);
        Assert.Empty(doc.QuerySelectorAll("script, iframe, object, embed, svg"));
        foreach (var el in doc.All)
        {
            foreach (var attr in el.Attributes)
            {
                Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), attr.Name);
                Assert.NotEqual("style", attr.Name);
                Assert.DoesNotContain("javascript", attr.Value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Raw_html_keeps_id_and_class()
    {
        var (r, _) = Render("<div id=\"a\" class=\"note\">Текст</div>\n");
        Assert.Contains("<div id=\"a\" class=\"note\">Текст</div>", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_footnotes_and_emphasis_extras_render()
    {
        var (r, _) = Render("| А | Б |\n|---|---|\n| 1 | 2 |\n\nТекст[^1] и ~~зачёркнутое~~.\n\n[^1]: Сноска.\n");
        Assert.Contains("<th>А</th>", r.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", r.Html, StringComparison.Ordinal);
        Assert.Contains("<del>зачёркнутое</del>", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_text_skips_code_keeps_words_and_leads_with_paragraphs()
    {
        var (r, _) = Render("# Заголовок\n\nАбзац *текста* и ещё текст.\n\n```\nкодовый\n```\n");

        // The snippet's start leaves out the heading line; the counts have the heading's words but not the code's.
        Assert.Equal("Абзац текста и ещё текст.", r.Search.Lead);
        var counts = r.Search.Counts.ToDictionary(c => c.Key, c => c.Value);
        Assert.Equal(2, counts[Mentoring.Site.Library.Search.SearchText.Term("текста")!]);
        Assert.Equal(1, counts[Mentoring.Site.Library.Search.SearchText.Term("заголовок")!]);
        Assert.False(counts.ContainsKey(Mentoring.Site.Library.Search.SearchText.Term("кодовый")!));
        Assert.Equal(
            new[] { "заголовок", "абзац", "текста" }.Select(w => Mentoring.Site.Library.Search.SearchText.Term(w)!),
            r.Search.Counts.Take(3).Select(c => c.Key));
    }

    [Fact]
    public void Link_paths_escaping_content_are_errors()
    {
        var (_, d) = Render("[a](../../../etc/passwd) [b](a\\b.md)");
        Assert.Equal([MarkdownRenderer.BadPathCode, MarkdownRenderer.BadPathCode], d.Select(x => x.Code));
    }

    public static TheoryData<string> DeepInputs => new()
    {
        string.Concat(Enumerable.Repeat(">", 10_000)) + " цитата\n",
        string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i * 2) + "- пункт\n")),
        string.Concat(Enumerable.Repeat("1. ", 5_000)) + "x\n",
        new string('[', 100_000) + "x" + new string(']', 100_000) + "\n",
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Absurd_nesting_is_a_clear_error_not_a_crash_or_a_hang(string markdown)
    {
        var (r, d) = Render(markdown, firstLine: 4);
        Assert.Equal(MarkdownRenderer.TooDeepCode, Assert.Single(d).Code);
        Assert.Empty(r.Html);
    }

    [Fact]
    public void Nesting_real_documents_use_is_accepted()
    {
        var markdown = string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', i * 2) + "- пункт\n")) + "> > > цитата\n";
        var (r, d) = Render(markdown);
        Assert.Empty(d);
        Assert.Contains("<blockquote>", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_100000_asterisks_renders_as_text()
    {
        var (r, d) = Render(new string('*', 100_000) + "\n");
        Assert.Empty(d);
        Assert.NotEmpty(r.Html);
    }

    [Fact]
    public void A_one_megabyte_line_renders()
    {
        var (r, d) = Render(string.Concat(Enumerable.Repeat("слово ", 170_000)) + "\n");
        Assert.Empty(d);
        Assert.StartsWith("<p>слово слово", r.Html, StringComparison.Ordinal);
    }
}
