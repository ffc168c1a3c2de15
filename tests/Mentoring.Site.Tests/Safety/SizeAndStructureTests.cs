using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Mentoring.Site.Build;
using Mentoring.Site.Tests.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Size and structure: huge files, absurd nesting, alias bombs, endless lists. Each ends in a clear error (or a page)
/// within a generous time bound — never a hang, a stack overflow or unbounded memory.
/// </summary>
public sealed class SizeAndStructureTests
{
    /// <summary>Fails only when something truly hangs; real runs take a second or two.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static async Task<BuildReport> Timed(Func<Task<BuildReport>> build, TimeSpan? bound = null)
    {
        var watch = Stopwatch.StartNew();
        var task = build();
        var finished = await Task.WhenAny(task, Task.Delay(bound ?? Bound));
        Assert.True(finished == task, $"the build did not finish within {(bound ?? Bound).TotalSeconds} s");
        var report = await task;
        Assert.True(watch.Elapsed < (bound ?? Bound));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == SiteBuilder.InternalErrorCode);
        return report;
    }

    /// <summary>A file of <paramref name="megabytes"/> MB made in an instant (sparse): the generator must refuse it by its size, unread.</summary>
    private static void Huge(TestSite site, string relative, int megabytes)
    {
        var full = Path.Combine(site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.Create);
        stream.Write("---\ntitle: Огромный\n---\n"u8);
        stream.SetLength(megabytes * 1024L * 1024L);
    }

    [Fact]
    public async Task Fifty_megabyte_text_files_are_refused_quickly_with_MNT0103()
    {
        using var site = LibrarySite.Create();
        Huge(site, "content/ogromnaya.md", 50);
        Huge(site, "content/practices/2024-01-10-ogromnaya.md", 50);
        Huge(site, "content/data/ogromnye.yml", 50);

        var report = await Timed(() => site.BuildAsync(date: LibrarySite.BuildDate), TimeSpan.FromSeconds(30));

        Assert.Equal(
            [
                "content/data/ogromnye.yml: ошибка MNT0103: Файл слишком большой (50 МБ, допустимо до 8 МБ). Разделите текст на несколько страниц или уменьшите файл.",
                "content/ogromnaya.md: ошибка MNT0103: Файл слишком большой (50 МБ, допустимо до 8 МБ). Разделите текст на несколько страниц или уменьшите файл.",
                "content/practices/2024-01-10-ogromnaya.md: ошибка MNT0103: Файл слишком большой (50 МБ, допустимо до 8 МБ). Разделите текст на несколько страниц или уменьшите файл.",
            ],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_file_size_limit_comes_from_site_yml()
    {
        using var site = new TestSite();
        site.Write("content/site.yml", TestSite.SiteYml + "\nlimits:\n  max_file_megabytes: 1\n");
        site.Write("content/bolshaya.md", "---\ntitle: Большая\n---\n\n" + string.Concat(Enumerable.Repeat("Наставник помогает. ", 70_000)) + "\n");
        site.Write("content/data/bolshie.yml", "spisok:\n" + string.Concat(Enumerable.Repeat("  - Наставник помогает наставляемому\n", 40_000)));
        var report = await Timed(() => site.BuildAsync());
        Assert.Equal(
            [
                "content/bolshaya.md: ошибка MNT0103: Файл слишком большой (2 МБ, допустимо до 1 МБ). Разделите текст на несколько страниц или уменьшите файл.",
                "content/data/bolshie.yml: ошибка MNT0103: Файл слишком большой (2 МБ, допустимо до 1 МБ). Разделите текст на несколько страниц или уменьшите файл.",
            ],
            Formatting.Errors(report));
    }

    public static TheoryData<string, string, string> DeepBodies => new()
    {
        { "10 000 nested quotes", string.Concat(Enumerable.Repeat("> ", 10_000)) + "цитата\n", "content/glubina.md(5,1): ошибка MNT0313: Слишком глубокая вложенность списков, цитат или отступов (больше 48 уровней). Так не пишут обычный текст — возможно, файл вставлен с ошибкой. Упростите структуру." },
        { "10 000 nested lists on one line", string.Concat(Enumerable.Repeat("- ", 10_000)) + "пункт\n", "content/glubina.md(5,1): ошибка MNT0313: Слишком глубокая вложенность списков, цитат или отступов (больше 48 уровней). Так не пишут обычный текст — возможно, файл вставлен с ошибкой. Упростите структуру." },
        { "2 000 nested lists by indentation (10 000 would be 100 MB of spaces)", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- пункт\n")), "content/glubina.md(105,1): ошибка MNT0313: Слишком глубокая вложенность списков, цитат или отступов (больше 48 уровней). Так не пишут обычный текст — возможно, файл вставлен с ошибкой. Упростите структуру." },
        { "10 000 nested numbered lists", string.Concat(Enumerable.Repeat("1. ", 10_000)) + "пункт\n", "content/glubina.md(5,1): ошибка MNT0313: Слишком глубокая вложенность списков, цитат или отступов (больше 48 уровней). Так не пишут обычный текст — возможно, файл вставлен с ошибкой. Упростите структуру." },
        { "100 000 nested brackets", new string('[', 100_000) + "x" + new string(']', 100_000) + "\n", "content/glubina.md(4,1): ошибка MNT0313: Слишком глубокая вложенность элементов Markdown (скобок, выделений, списков или цитат). Упростите структуру." },
        { "100 000 nested HTML elements", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "\n", "content/glubina.md(4,1): ошибка MNT0313: Слишком глубокая вложенность HTML-разметки в тексте (больше 256 уровней): так не пишут обычный текст — возможно, разметка вставлена с ошибкой или в ней не закрыты теги. Упростите разметку." },
        { "20 000 unclosed links", string.Concat(Enumerable.Repeat("<a href=\"https://example.org\">", 20_000)) + "\n", "content/glubina.md(4,1): ошибка MNT0313: Слишком глубокая вложенность HTML-разметки в тексте (больше 256 уровней): так не пишут обычный текст — возможно, разметка вставлена с ошибкой или в ней не закрыты теги. Упростите разметку." },
    };

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public async Task Absurd_nesting_is_MNT0313_within_the_bound(string name, string body, string expected)
    {
        Assert.NotNull(name);
        using var site = new TestSite();
        site.Write("content/glubina.md", "---\ntitle: Глубина\n---\n\n" + body);
        var report = await Timed(() => site.BuildAsync());
        Assert.Equal([expected], Formatting.Errors(report));
    }

    [Fact]
    public async Task The_nesting_limit_comes_from_site_yml()
    {
        using var site = new TestSite();
        site.Write("content/site.yml", TestSite.SiteYml + "\nlimits:\n  max_nesting: 3\n");
        site.Write("content/tri.md", "---\ntitle: Три\n---\n\n> > > можно\n");
        site.Write("content/chetyre.md", "---\ntitle: Четыре\n---\n\n> > > > нельзя\n");
        var report = await Timed(() => site.BuildAsync());
        Assert.Equal(["content/chetyre.md(5,1): ошибка MNT0313: Слишком глубокая вложенность списков, цитат или отступов (больше 3 уровней). Так не пишут обычный текст — возможно, файл вставлен с ошибкой. Упростите структуру."],
            Formatting.Errors(report));

        site.Delete("content/chetyre.md");
        Assert.True((await Timed(() => site.BuildAsync())).Succeeded);
        Assert.Equal(3, new HtmlParser().ParseDocument(site.ReadOutput("tri/index.html")).QuerySelectorAll("main blockquote").Length);
    }

    [Fact]
    public async Task Raw_html_nested_as_real_pages_nest_it_is_accepted()
    {
        using var site = new TestSite();
        var table = "<table><tr><td>" + string.Concat(Enumerable.Repeat("<p>абзац<li>пункт<td>ячейка", 2_000)) + "</table>";
        site.Write("content/razmetka.md", "---\ntitle: Разметка\n---\n\n<div class=\"a\"><div><section><div>" + table + "</div></section></div></div>\n");
        var report = await Timed(() => site.BuildAsync());
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));
    }

    /// <summary>Also a regression test: the template engine used to cut every value over 1 MB to "...", mid-tag.</summary>
    [Fact]
    public async Task A_one_megabyte_line_becomes_a_page()
    {
        using var site = new TestSite();
        var line = string.Concat(Enumerable.Repeat("слово ", 175_000));
        Assert.True(Encoding.UTF8.GetByteCount(line) > 1024 * 1024);
        site.Write("content/stroka.md", "---\ntitle: Строка\n---\n\n" + line + "\n");
        var report = await Timed(() => site.BuildAsync());
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));
        var text = new HtmlParser().ParseDocument(site.ReadOutput("stroka/index.html")).QuerySelector("main p")!.TextContent;
        Assert.Equal(175_000, text.Split("слово").Length - 1);
        Assert.EndsWith("</html>\n", site.ReadOutput("stroka/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_alias_bombs_are_refused_wherever_yaml_is_read()
    {
        const string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        using var site = LibrarySite.Create();
        site.Write("content/bomba.md", "---\ntitle: Бомба\n" + bomb + "---\nТекст\n");
        site.Write("content/practices/2024-01-10-bomba.md", "---\ntitle: Бомба\n" + bomb + "---\nТекст\n");
        site.Write("content/data/bomba.yml", bomb);
        var report = await Timed(() => site.BuildAsync(date: LibrarySite.BuildDate));
        AssertOnlyAliasErrors(Formatting.Errors(report), "content/bomba.md(3,4)", "content/practices/2024-01-10-bomba.md(3,4)", "content/data/bomba.yml(1,4)");

        // In site.yml the bomb stops the build before any other file is read.
        site.Write("content/site.yml", TestSite.SiteYml + "\n" + bomb.Replace("a:", "x_a:", StringComparison.Ordinal));
        site.Delete("content/bomba.md").Delete("content/practices/2024-01-10-bomba.md").Delete("content/data/bomba.yml");
        report = await Timed(() => site.BuildAsync(date: LibrarySite.BuildDate));
        AssertOnlyAliasErrors(Formatting.Errors(report), "content/site.yml(10,6)");
        Assert.False(Directory.Exists(site.Output));
    }

    private static void AssertOnlyAliasErrors(string[] errors, params string[] anchors)
    {
        foreach (var at in anchors)
        {
            Assert.Contains(at + ": ошибка MNT0203: Якоря YAML («&a») не поддерживаются. Уберите якорь и запишите значения полностью.", errors);
        }

        // Every anchor and alias is reported, none expanded: 4 anchors and 36 aliases per bomb.
        Assert.Equal(40 * anchors.Length, errors.Length);
        Assert.All(errors, e => Assert.Contains("MNT0203", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deeply_nested_yaml_is_MNT0205_not_a_stack_overflow()
    {
        using var site = new TestSite();
        site.Write("content/data/glubina.yml", "a: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        site.Write("content/glubina.md", "---\ntitle: " + new string('{', 50_000) + new string('}', 50_000) + "\n---\nТекст\n");
        var report = await Timed(() => site.BuildAsync());
        Assert.Equal(
            [
                "content/data/glubina.yml(1,68): ошибка MNT0205: Слишком глубокая вложенность YAML (больше 64 уровней). Упростите структуру.",
                "content/glubina.md(2,72): ошибка MNT0205: Слишком глубокая вложенность YAML (больше 64 уровней). Упростите структуру.",
            ],
            Formatting.Errors(report));
    }

    [Fact]
    public async Task A_hundred_thousand_line_yaml_data_file_is_read_in_bounded_time()
    {
        using var site = new TestSite();
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append("- nazvanie: Строка номер ").Append(i).Append("\n  znachenie: ").Append(i).Append('\n');
        }

        site.Write("content/data/spisok.yml", sb.ToString());
        Assert.Equal(100_000, sb.ToString().Count(c => c == '\n'));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var report = await Timed(() => site.BuildAsync());
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));

        // What stays alive after the build is its output, not a copy of the file per stage.
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 200L * 1024 * 1024);
    }

    [Fact]
    public async Task A_hundred_thousand_tags_are_one_clear_error()
    {
        using var site = LibrarySite.Create();
        var tags = "[" + string.Join(", ", Enumerable.Range(0, 100_000).Select(i => "тег" + i)) + "]";
        site.Write("content/practices/2024-01-10-tegi.md", LibrarySite.Practice("Теги", "2024-01-10", tags: tags));
        var report = await Timed(() => site.BuildAsync(date: LibrarySite.BuildDate));
        Assert.Equal(["content/practices/2024-01-10-tegi.md(7,1): ошибка MNT0621: У практики 100000 тегов, а допустимо не больше 20. Оставьте несколько главных тегов: по ним читатели ищут похожие практики. Предел меняется в content/site.yml: limits: max_tags."],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_tag_limit_comes_from_site_yml()
    {
        using var site = LibrarySite.Create();
        site.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Root, "content", "site.yml")) + "\nlimits:\n  max_tags: 3\n");
        site.Write("content/practices/2024-01-10-tri.md", LibrarySite.Practice("Три тега", "2024-01-10", tags: "[физика, химия, биология]"));
        site.Write("content/practices/2024-01-11-chetyre.md", LibrarySite.Practice("Четыре тега", "2024-01-11", tags: "[физика, химия, биология, история]"));
        var report = await Timed(() => site.BuildAsync(date: LibrarySite.BuildDate));
        Assert.Equal(["content/practices/2024-01-11-chetyre.md(7,1): ошибка MNT0621: У практики 4 тегов, а допустимо не больше 3. Оставьте несколько главных тегов: по ним читатели ищут похожие практики. Предел меняется в content/site.yml: limits: max_tags."],
            Formatting.Errors(report));
    }

    [Fact]
    public async Task Limits_out_of_range_are_MNT0233_at_their_line()
    {
        using var site = new TestSite();
        site.Write("content/site.yml", TestSite.SiteYml + "\nlimits:\n  max_file_megabytes: 10000\n  max_nesting: 100000\n  max_tags: 0\n  small_count_threshold: 2\n");
        var report = await Timed(() => site.BuildAsync());
        Assert.Equal(
            [
                "content/site.yml(11,3): ошибка MNT0233: Ограничение max_file_megabytes = 10000 вне допустимых пределов: от 1 до 64 (по умолчанию 8). Исправьте значение или уберите строку.",
                "content/site.yml(12,3): ошибка MNT0233: Ограничение max_nesting = 100000 вне допустимых пределов: от 2 до 48 (по умолчанию 48). Исправьте значение или уберите строку.",
                "content/site.yml(13,3): ошибка MNT0233: Ограничение max_tags = 0 вне допустимых пределов: от 1 до 1000 (по умолчанию 20). Исправьте значение или уберите строку.",
                "content/site.yml(14,3): ошибка MNT0233: Ограничение small_count_threshold = 2 вне допустимых пределов: от 3 до 100 (по умолчанию 5). Исправьте значение или уберите строку.",
            ],
            Formatting.Errors(report));
    }

    [Fact]
    public async Task The_small_count_threshold_of_site_yml_is_the_default_and_the_floor_of_monitoring()
    {
        using var site = HostileSite.CreateClean();
        var siteYml = Path.Combine(site.Root, "content", "site.yml");
        File.AppendAllText(siteYml, "\nlimits:\n  small_count_threshold: 10\n");
        var monitoring = Path.Combine(site.Root, "content", "data", "monitoring.yml");
        var original = File.ReadAllText(monitoring);
        Assert.Contains("\nthreshold: 5\n", original, StringComparison.Ordinal);

        // The file's own threshold is lower than the school's: refused.
        var refused = await Timed(() => SiteBuilder.RunAsync(HostileSite.Settings(site), BuildMode.Check));
        var error = Assert.Single(Formatting.Errors(refused));
        Assert.StartsWith("content/data/monitoring.yml(", error, StringComparison.Ordinal);
        Assert.EndsWith("ошибка MNT0701: Порог малых чисел threshold = 5 ниже порога, принятого школой в content/site.yml (limits: small_count_threshold = 10). Укажите threshold не меньше 10 или удалите строку.", error, StringComparison.Ordinal);

        // Without its own threshold, the school's applies.
        File.WriteAllText(monitoring, original.Replace("\nthreshold: 5\n", "\n", StringComparison.Ordinal));
        var built = await Timed(() => SiteBuilder.RunAsync(HostileSite.Settings(site), BuildMode.Build));
        Assert.True(built.Succeeded, string.Join("\n", Formatting.Errors(built)));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("monitoring/index.html")).QuerySelector("main")!.TextContent;
        Assert.Contains("менее\u00A010", page, StringComparison.Ordinal);
        Assert.DoesNotContain("менее\u00A05", page, StringComparison.Ordinal);
    }
}
