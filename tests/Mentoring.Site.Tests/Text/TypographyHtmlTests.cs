using AngleSharp.Html.Parser;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

/// <summary>In expected strings «~» stands for U+00A0, so the no-break spaces are visible.</summary>
public sealed class TypographyHtmlTests
{
    private static string N(string s) => s.Replace('~', '\u00A0');

    [Theory]
    [InlineData("<p>в школе</p>", "<p>в~школе</p>")]
    [InlineData("<p>в <a href=\"x\">школе</a></p>", "<p>в~<a href=\"x\">школе</a></p>")]
    [InlineData("<p><em>в</em> школе</p>", "<p><em>в</em>~школе</p>")]
    [InlineData("<p>в <strong><a href=\"/s\">школе</a></strong></p>", "<p>в~<strong><a href=\"/s\">школе</a></strong></p>")]
    [InlineData("\"Программа <em>\"Наставничество\"</em>\"", "«Программа <em>„Наставничество“</em>»")]
    [InlineData("<p>&quot;Программа &quot;Наставничество&quot;&quot;</p>", "<p>«Программа „Наставничество“»</p>")]
    [InlineData("<p>&laquo;Программа&raquo; &mdash; документ</p>", "<p>«Программа»~— документ</p>")]
    [InlineData("<p>&#171;Да&#187; &#x2013; сказал</p>", "<p>«Да»~— сказал</p>")]
    [InlineData("<p>Текст&nbsp;-&nbsp;текст</p>", "<p>Текст~— текст</p>")]
    [InlineData("<p>\"a</p>\n<p>b\"</p>", "<p>«a</p>\n<p>b»</p>")]
    [InlineData("<p>наставник — участник</p>", "<p>наставник~— участник</p>")]
    [InlineData("<li>- пункт</li>", "<li>- пункт</li>")]
    [InlineData("<p>строка<br>— реплика</p>", "<p>строка<br>— реплика</p>")]
    [InlineData("<p>строка<br/>\n— реплика</p>", "<p>строка<br/>\n— реплика</p>")]
    [InlineData("<h2>№ 1</h2>", "<h2>№~1</h2>")]
    [InlineData("<td>29 августа 2022 г.</td>", "<td>29~августа 2022~г.</td>")]
    [InlineData("<p>С. Н. <b>Жигалова</b></p>", "<p>С.~Н.~<b>Жигалова</b></p>")]
    [InlineData("<p>Код <code>\"a\" - b</code> и \"c\"</p>", "<p>Код <code>\"a\" - b</code> и~«c»</p>")]
    [InlineData("<p>в <img src=\"a.png\" alt=\"в школе\"> школе</p>", "<p>в~<img src=\"a.png\" alt=\"в школе\"> школе</p>")]
    [InlineData("<a href=\"/в школе\" title='a - \"b\"'>в школе</a>", "<a href=\"/в школе\" title='a - \"b\"'>в~школе</a>")]
    [InlineData("<a title=\"a > b\" href=\"x\">в школе</a>", "<a title=\"a > b\" href=\"x\">в~школе</a>")]
    [InlineData("<p>в <!-- в школе \"x\" --> школе</p>", "<p>в <!-- в школе \"x\" --> школе</p>")]
    [InlineData("<p>в<!-- c --> школе</p>", "<p>в<!-- c -->~школе</p>")]
    [InlineData("<p>&hellip; в школе &copy;</p>", "<p>&hellip; в~школе &copy;</p>")]
    [InlineData("<p>R&D - отдел</p>", "<p>R&D~— отдел</p>")]
    [InlineData("<p>AT&amp;T - компания, 1 &lt; 2</p>", "<p>AT&amp;T~— компания, 1 &lt; 2</p>")]
    [InlineData("<p>a < b - c</p>", "<p>a < b~— c</p>")]
    [InlineData("<!DOCTYPE html><title>\"Наставничество\"</title>", "<!DOCTYPE html><title>«Наставничество»</title>")]
    [InlineData("", "")]
    public void Typesets_text_nodes(string input, string expected) =>
        Assert.Equal(N(expected), Typography.ApplyToHtml(input));

    [Theory]
    [InlineData("<pre>в школе \"x\" - y</pre>")]
    [InlineData("<pre><code class=\"language-csharp\">var s = \"в школе\"; // a - b</code></pre>")]
    [InlineData("<pre>в <pre>вложенный</pre> в школе \"x\"</pre>")]
    [InlineData("<code>в школе</code>")]
    [InlineData("<kbd>в школе</kbd><samp>\"x\" - y</samp>")]
    [InlineData("<script>var s = \"в школе\"; if (a < b && c) { x = \"</p>\"; }</script>")]
    [InlineData("<style>p::before { content: \"в школе\"; }</style>")]
    [InlineData("<textarea>в школе \"x\"</textarea>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><text>в школе \"x\"</text><svg><text>и тут</text></svg></svg>")]
    [InlineData("<math><mi>в школе</mi></math>")]
    [InlineData("<SCRIPT>var s = \"в школе\";</SCRIPT>")]
    [InlineData("<p>Методическая копилка</p>")]
    [InlineData("<a href=\"https://example.org/?q=в школе&amp;x=\\\"1\\\"\">Ссылка</a>")]
    public void Leaves_code_and_markup_untouched(string html) =>
        Assert.Same(html, Typography.ApplyToHtml(html));

    [Fact]
    public void Text_after_skipped_elements_is_typeset() =>
        Assert.Equal(
            N("<pre>в школе</pre><p>в~школе</p><script>\"x\"</script><p>«y»</p>"),
            Typography.ApplyToHtml("<pre>в школе</pre><p>в школе</p><script>\"x\"</script><p>\"y\"</p>"));

    [Fact]
    public void Urls_in_text_are_untouched()
    {
        const string html = "<p>Ссылка: <a href=\"https://x.ru/?a=1&amp;b=2\">https://x.ru/2022г.?a=1&amp;b=№1</a> и kurator@school.ru</p>";
        Assert.Equal(
            N("<p>Ссылка: <a href=\"https://x.ru/?a=1&amp;b=2\">https://x.ru/2022г.?a=1&amp;b=№1</a> и~kurator@school.ru</p>"),
            Typography.ApplyToHtml(html));
    }

    [Fact]
    public void No_break_space_is_written_as_a_raw_character()
    {
        string output = Typography.ApplyToHtml("<p>в&nbsp;школе и&#160;дома</p>");
        Assert.Equal("<p>в\u00A0школе и\u00A0дома</p>", output);
        Assert.DoesNotContain("&nbsp;", Typography.ApplyToHtml("<p>в школе</p>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_sentinel_characters_survive() =>
        Assert.Equal(N("<p>в~школе \uFDD0 и\uFDD3</p>"), Typography.ApplyToHtml("<p>в школе \uFDD0 и\uFDD3</p>"));

    private const string Page = """
        <!DOCTYPE html>
        <html lang="ru">
        <head><title>"Наставничество" - МБОУ СОШ № 1</title><style>h1::after { content: " - "; }</style></head>
        <body>
        <!-- шапка "сайта" -->
        <h1>Программа "Наставничество"</h1>
        <p>Настоящая Программа наставничества (далее –Программа) разработана в соответствии с
        распоряжением Минпросвещения России от 25.12.2019 № Р-145. Куратор — <a href="/kurator/" title="С. Н. Жигалова - куратор">С. Н. Жигалова</a>,
        телефон: <a href="tel:+7-000-000-00-00">+7 000 000-00-00</a>, e-mail: kurator@school.ru.</p>
        <ul>
          <li>Форма "ученик – ученик" и "учитель – учитель";</li>
          <li>Открытый урок <em>"Мой "первый" урок"</em> - 29 августа 2022г.</li>
        </ul>
        <pre><code>dotnet run -- "в школе"</code></pre>
        <table><tr><th>№</th><td>1</td><td>С 1 сентября 2022 года &amp; т. д.</td></tr></table>
        <img src="a.png" alt="Фото - "урок""><br>
        <p>Смотрите на https://example.org/a - b и <code>x - y</code>.</p>
        </body>
        </html>
        """;

    [Fact]
    public void Page_example_is_typeset() =>
        Assert.Equal(
            N("""
            <!DOCTYPE html>
            <html lang="ru">
            <head><title>«Наставничество»~— МБОУ СОШ №~1</title><style>h1::after { content: " - "; }</style></head>
            <body>
            <!-- шапка "сайта" -->
            <h1>Программа «Наставничество»</h1>
            <p>Настоящая Программа наставничества (далее~— Программа) разработана в~соответствии с
            распоряжением Минпросвещения России от~25.12.2019 №~Р-145. Куратор~— <a href="/kurator/" title="С. Н. Жигалова - куратор">С.~Н.~Жигалова</a>,
            телефон: <a href="tel:+7-000-000-00-00">+7 000 000-00-00</a>, e-mail: kurator@school.ru.</p>
            <ul>
             <li>Форма «ученик~— ученик» и~«учитель~— учитель»;</li>
             <li>Открытый урок <em>«Мой „первый“ урок»</em>~— 29~августа 2022~г.</li>
            </ul>
            <pre><code>dotnet run -- "в школе"</code></pre>
            <table><tr><th>№</th><td>1</td><td>С~1~сентября 2022~года &amp; т.~д.</td></tr></table>
            <img src="a.png" alt="Фото - "урок""><br>
            <p>Смотрите на~https://example.org/a~— b~и~<code>x - y</code>.</p>
            </body>
            </html>
            """),
            Typography.ApplyToHtml(Page));

    [Fact]
    public void Output_has_the_same_elements_and_attributes_and_is_idempotent()
    {
        string output = Typography.ApplyToHtml(Page);
        Assert.Equal(output, Typography.ApplyToHtml(output));

        var parser = new HtmlParser();
        using var before = parser.ParseDocument(Page);
        using var after = parser.ParseDocument(output);
        var beforeElements = before.All.ToArray();
        var afterElements = after.All.ToArray();
        Assert.Equal(beforeElements.Length, afterElements.Length);
        for (int i = 0; i < beforeElements.Length; i++)
        {
            Assert.Equal(beforeElements[i].TagName, afterElements[i].TagName);
            Assert.Equal(
                beforeElements[i].Attributes.Select(static a => (a.Name, a.Value)),
                afterElements[i].Attributes.Select(static a => (a.Name, a.Value)));
        }

        Assert.Equal(before.QuerySelector("pre")!.OuterHtml, after.QuerySelector("pre")!.OuterHtml);
        Assert.Equal(before.QuerySelector("style")!.OuterHtml, after.QuerySelector("style")!.OuterHtml);
    }

    [Theory]
    [InlineData("<p>\"Программа <em>\"Наставничество\"</em>\" в школе</p>")]
    [InlineData("<p>&quot;a&quot; &mdash; b&nbsp;&nbsp;c</p>")]
    [InlineData("<p>\"незакрытая</p><p>и \"вторая - \" \"</p>")]
    [InlineData("<p>Е.В.<b>Юферева</b>, №<i>5</i>, 2022<span>г.</span></p>")]
    public void Is_idempotent(string html)
    {
        string once = Typography.ApplyToHtml(html);
        Assert.Equal(once, Typography.ApplyToHtml(once));
    }

    [Fact]
    public void Large_page_completes_with_sane_output()
    {
        const string block =
            "<p>Наставник - \"участник <em>\"Наставничество\"</em>\" в <a href=\"/s?a=1&amp;b=2\">школе</a> № 1, " +
            "29 августа 2022г.</p>\n<pre>в школе \"x\" - y</pre>\n";
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1024 * 1024)
        {
            builder.Append(block);
        }

        string input = builder.ToString();
        string output = Typography.ApplyToHtml(input);
        string expected = N(
            "<p>Наставник~— «участник <em>„Наставничество“</em>» в~<a href=\"/s?a=1&amp;b=2\">школе</a> №~1, " +
            "29~августа 2022~г.</p>\n<pre>в школе \"x\" - y</pre>\n");
        Assert.Equal(string.Concat(Enumerable.Repeat(expected, input.Length / block.Length)), output);
        Assert.Equal(output, Typography.ApplyToHtml(output));
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        string expected = Typography.ApplyToHtml(Page);
        Parallel.For(0, 500, _ => Assert.Equal(expected, Typography.ApplyToHtml(Page)));
    }
}
