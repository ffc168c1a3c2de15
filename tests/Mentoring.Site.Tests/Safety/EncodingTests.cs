using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Mentoring.Site.Tests.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Encodings and invisible characters: UTF-16 with a BOM is read, mixed line ends count lines right, zero-width and
/// bidi characters never reach titles or addresses, control characters never reach a page or the feed.
/// </summary>
public sealed class EncodingTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Utf16 => ["UTF-16LE", "UTF-16BE"];

    [Theory]
    [MemberData(nameof(Utf16))]
    public async Task Utf16_with_a_bom_is_read_for_pages_and_data(string encodingName)
    {
        var encoding = encodingName == "UTF-16LE" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        using var site = new TestSite();
        site.WriteBytes("content/o-shkole.md", [.. encoding.GetPreamble(), .. encoding.GetBytes("---\r\ntitle: О школе «№ 2» ё\r\n---\r\n\r\n## Цели\r\n\r\nТекст в UTF-16: ёжик, 😀.\r\n")]);
        site.WriteBytes("content/data/spisok.yml", [.. encoding.GetPreamble(), .. encoding.GetBytes("- Первый\r\n- Второй\r\n")]);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        var page = Parser.ParseDocument(site.ReadOutput("o-shkole/index.html"));
        Assert.Equal("О школе «№ 2» ё", page.QuerySelector("h1")!.TextContent.Replace('\u00A0', ' '));
        Assert.Equal("tseli", page.QuerySelector("h2")!.Id);
        Assert.Contains("ёжик, 😀", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", site.ReadOutput("o-shkole/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", site.ReadOutput("o-shkole/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Utf16))]
    public async Task Errors_in_utf16_files_point_at_the_right_line(string encodingName)
    {
        var encoding = encodingName == "UTF-16LE" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        using var site = new TestSite();
        site.WriteBytes("content/o-shkole.md", [.. encoding.GetPreamble(), .. encoding.GetBytes("---\r\ntitle: О школе\r\nupdated: 2023-02-30\r\n---\r\nТекст\r\n")]);
        var report = await site.BuildAsync();
        Assert.Equal(["content/o-shkole.md(3,10): ошибка MNT0214: Поле «updated»: такой даты не существует — «2023-02-30». Проверьте день и месяц (в феврале 28 дней, в апреле, июне, сентябре и ноябре — 30)."],
            Formatting.Errors(report));
    }

    [Fact]
    public async Task Mixed_line_ends_count_lines_as_an_editor_shows_them()
    {
        using var site = new TestSite();

        // CRLF, a lone CR (old Mac), LF: the broken link is on line 7.
        site.WriteBytes("content/smes.md", Encoding.UTF8.GetBytes("---\r\ntitle: Смесь\r---\n\r\nПервая строка.\rВторая строка.\r\n[ссылка](net.md)\n"));
        var report = await site.BuildAsync();
        Assert.Equal(["content/smes.md(7,1): ошибка MNT0320: Ссылка «net.md» ведёт на несуществующий файл «net.md». Проверьте имя файла (регистр букв важен) и путь относительно этого файла."],
            Formatting.Errors(report));

        site.WriteBytes("content/smes.md", Encoding.UTF8.GetBytes("---\r\ntitle: Смесь\r---\n\r\nПервая строка.\rВторая строка.\r\n"));
        report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        Assert.DoesNotContain("\r", site.ReadOutput("smes/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_site_yml_and_data_is_reported_with_its_line()
    {
        using var site = new TestSite();
        site.WriteBytes("content/data/spisok.yml", [.. Encoding.UTF8.GetBytes("- Первый\n- "), 0xC2, 0x41, .. Encoding.UTF8.GetBytes("\n")]);
        var report = await site.BuildAsync();
        Assert.Equal(["content/data/spisok.yml(2,3): ошибка MNT0102: Файл не в кодировке UTF-8 (встретились недопустимые байты). Сохраните его в UTF-8: в Блокноте — «Сохранить как» → «Кодировка: UTF-8», в Word — «Обычный текст» → «Юникод (UTF-8)»."],
            Formatting.Errors(report));

        site.Delete("content/data/spisok.yml");
        site.WriteBytes("content/site.yml", [.. Encoding.UTF8.GetBytes(TestSite.SiteYml + "\ndescription: "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\n")]);
        report = await site.BuildAsync();
        Assert.Equal(["content/site.yml(10,14): ошибка MNT0102: Файл не в кодировке UTF-8 (встретились недопустимые байты). Сохраните его в UTF-8: в Блокноте — «Сохранить как» → «Кодировка: UTF-8», в Word — «Обычный текст» → «Юникод (UTF-8)»."],
            Formatting.Errors(report));
    }

    [Fact]
    public async Task Zero_width_and_bidi_characters_never_reach_titles_or_addresses()
    {
        using var site = LibrarySite.Create();
        const string invisible = "\u200B\u2060\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        site.Write("content/stranitsa.md", $"---\ntitle: \"Нас{invisible}тав\u202Eник\u2066\"\ndescription: \"Опи\u200Bсание\"\nnav_order: 2\nslug: \"na\u200Bstav\u202Enik\"\n---\n\nТекст.\n");
        site.Write("content/o\u200Bshkole.md", "---\ntitle: О школе\n---\n\nТекст.\n");
        site.Write("content/practices/2024-01-10-praktika.md", LibrarySite.Practice("Прак\u200Bтика\u202E", "2024-01-10", tags: "[\"мате\u200Bматика\", \"математика\"]", extra: ["slug: \"prak\u2060tika\""]));

        var report = await site.BuildAsync(date: LibrarySite.BuildDate);

        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));
        var page = Parser.ParseDocument(site.ReadOutput("nastavnik/index.html"));
        Assert.Equal("Наставник", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Наставник — ", page.Title!.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Equal("Описание", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.True(File.Exists(Path.Combine(site.Output, "oshkole", "index.html")));
        var practice = Parser.ParseDocument(site.ReadOutput("kopilka/praktika/index.html"));
        Assert.Equal("Практика", practice.QuerySelector("h1")!.TextContent);

        // The two spellings of the tag are one tag, with one address.
        Assert.True(File.Exists(Path.Combine(site.Output, "kopilka", "teg", "matematika", "index.html")));
        Assert.Contains(report.Diagnostics, d => d.Code == "MNT0620");
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.AsSpan().IndexOfAny(invisible.AsSpan()) >= 0, file);
        }
    }

    [Fact]
    public async Task Control_characters_and_broken_surrogates_in_yaml_text_never_reach_pages_or_the_feed()
    {
        using var site = LibrarySite.Create();
        site.Write("content/practices/2024-01-10-praktika.md", LibrarySite.Practice("Прак\\x01ти\\x1Bка\\x7F\\u0085\\uFFFE", "2024-01-10",
            summary: "Крат\\x00ко\\x0B."));
        site.Write("content/stranitsa.md", "---\ntitle: \"Стра\\x08ница\\u0007\"\n---\n\nТекст\u0001 с \u0000управляющими\u001B[31m символами.\n");

        var report = await site.BuildAsync(date: LibrarySite.BuildDate);

        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));
        var practice = Parser.ParseDocument(site.ReadOutput("kopilka/2024-01-10-praktika/index.html"));
        Assert.Equal("Практика", practice.QuerySelector("h1")!.TextContent);
        Assert.Equal("Страница", Parser.ParseDocument(site.ReadOutput("stranitsa/index.html")).QuerySelector("h1")!.TextContent);
        var feed = XDocument.Load(Path.Combine(site.Output, "kopilka", "feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Практика");
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(File.ReadAllText(file), c => (c < ' ' && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F');
        }

        // A lone surrogate cannot even be written in YAML: an error, not a crash.
        site.Write("content/stranitsa.md", "---\ntitle: \"Стра\\uD800ница\"\n---\n\nТекст.\n");
        report = await site.BuildAsync(date: LibrarySite.BuildDate);
        Assert.Equal("MNT0201", Assert.Single(report.Diagnostics, d => d.Severity == Engine.Severity.Error).Code);
    }
}
