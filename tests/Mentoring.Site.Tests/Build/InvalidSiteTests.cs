using System.Text;
using Mentoring.Cli;
using Mentoring.Site.Build;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Build;

/// <summary>
/// Invalid fixture sites: each breaks one rule and must give exactly the expected diagnostics, a non-zero
/// exit code, and leave the previous output/ untouched.
/// </summary>
public sealed class InvalidSiteTests
{
    public static TheoryData<string> Cases => [.. CaseTable.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, (Action<TestSite> Break, string[] Expected)> CaseTable = new(StringComparer.Ordinal)
    {
        ["unclosed front matter"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\n\nТекст без закрывающей черты.\n"),
            ["content/about.md(1,1): ошибка MNT0221: Блок свойств не закрыт: после полей должна идти строка «---», а за ней — текст страницы."]),
        ["malformed yaml"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\ndescription: \"Описание без кавычки\nnav_order: 2\n---\nТекст\n"),
            ["content/about.md(3,14): ошибка MNT0201: Ошибка в записи YAML: не закрыта кавычка. Проверьте отступы (только пробелы, одинаковые на одном уровне), двоеточие с пробелом после имени поля и парные кавычки."]),
        ["unknown key"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\nlayuot: page\n---\nТекст\n"),
            ["content/about.md(3,1): ошибка MNT0210: Неизвестное поле «layuot». Возможно, имелось в виду «layout»? Допустимые поля: description, draft, layout, nav_order, nav_title, order, slug, title, toc, updated."]),
        ["wrong type"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\nnav_order: второй\n---\nТекст\n"),
            ["content/about.md(3,12): ошибка MNT0212: Поле «nav_order» должно быть целым числом, а указано «второй»."]),
        ["impossible date"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\nupdated: 31.02.2023\n---\nТекст\n"),
            ["content/about.md(3,10): ошибка MNT0214: Поле «updated»: такой даты не существует — «31.02.2023». Проверьте день и месяц (в феврале 28 дней, в апреле, июне, сентябре и ноябре — 30)."]),
        ["missing required field"] = (
            s => s.Write("content/about.md", "---\ndescription: Без заголовка\n---\nТекст\n"),
            ["content/about.md(2,1): ошибка MNT0211: Не указано обязательное поле «title». Добавьте строку «title: …»."]),
        ["duplicate yaml key"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\ntitle: Ещё раз\n---\nТекст\n"),
            ["content/about.md(3,1): ошибка MNT0202: Поле «title» указано дважды (первый раз в строке 2). Оставьте одно."]),
        ["empty file"] = (
            s => s.Write("content/about.md", string.Empty),
            ["content/about.md(1,1): ошибка MNT0222: Файл пуст. Добавьте в начало блок свойств между строками «---» (как минимум «title: Название») и текст страницы, или удалите файл."]),
        ["not utf-8"] = (
            s => s.WriteBytes("content/about.md", [.. Encoding.UTF8.GetBytes("---\ntitle: О школе\n---\n"), .. new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x0A }]),
            ["content/about.md(4,1): ошибка MNT0102: Файл не в кодировке UTF-8 (встретились недопустимые байты). Сохраните его в UTF-8: в Блокноте — «Сохранить как» → «Кодировка: UTF-8», в Word — «Обычный текст» → «Юникод (UTF-8)»."]),
        ["two pages with one url"] = (
            s => s.Write("content/o-nas.md", "---\ntitle: О нас\n---\nТекст\n").Write("content/o-nas/index.md", "---\ntitle: О нас 2\n---\nТекст\n"),
            ["content/o-nas/index.md: ошибка MNT0501: Две страницы получают один адрес «o-nas/index.html»: «o-nas.md» и «o-nas/index.md». Переименуйте один из файлов или задайте ему другой slug."]),
        ["two chapters with one number"] = (
            s => s.Write("content/programma/index.md", "---\ntitle: Программа\n---\nРазделы.\n")
                .Write("content/programma/celi.md", "---\ntitle: Цели\norder: 2\n---\nТекст\n")
                .Write("content/programma/zadachi.md", "---\ntitle: Задачи\norder: 2\n---\nТекст\n"),
            ["content/programma/zadachi.md(3,1): ошибка MNT0224: У двух страниц папки «programma/» одинаковое «order: 2»: «programma/celi.md» и «programma/zadachi.md». Номер задаёт место страницы в оглавлении — дайте этой странице свободный номер."]),
        ["missing layout"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\nlayout: gallery\n---\nТекст\n"),
            ["content/about.md: ошибка MNT0403: Нет шаблона «layouts/gallery.html». Укажите в поле layout один из имеющихся: base, not-found, page."]),
        ["template syntax error"] = (
            s => s.Write("themes/default/layouts/page.html", "<h1>{{ page.title }}</h1>\n{{ if page.updated }}\n<p>{{ page.content }}</p>\n"),
            ["themes/default/layouts/page.html(3,22): ошибка MNT0401: Ошибка в шаблоне: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if. Проверьте парность {{ }} и end у if/for."]),
        ["undefined template variable"] = (
            s => s.Write("themes/default/layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ page_subtitle }}</p>\n{{ page.content }}\n"),
            ["themes/default/layouts/page.html(2,7): ошибка MNT0402: Ошибка при заполнении шаблона для «index.md»: The variable or function `page_subtitle` was not found"]),
        ["link to a missing page"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\n---\n\nСм. [программу](programma.md).\n"),
            ["content/about.md(5,5): ошибка MNT0320: Ссылка «programma.md» ведёт на несуществующий файл «programma.md». Проверьте имя файла (регистр букв важен) и путь относительно этого файла."]),
        ["link to a missing anchor"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\n---\n\n## Цели\n\nСм. [задачи](#zadachi) и [главную](index.md#net).\n"),
            [
                "content/about.md(7,5): ошибка MNT0321: Ссылка «#zadachi»: на странице «about.md» нет раздела «#zadachi».",
                "content/about.md(7,26): ошибка MNT0321: Ссылка «index.md#net»: на странице «index.md» нет раздела «#net».",
            ]),
        ["link escaping content"] = (
            s => s.Write("content/about.md", "---\ntitle: О школе\n---\n\n[пароли](../../etc/passwd), [корень](/etc/passwd), [диск](C:/Windows/win.ini), [хитро](%2e%2e/%2e%2e/etc/passwd)\n"),
            [
                "content/about.md(5,1): ошибка MNT0311: Ссылка «../../etc/passwd» недопустима: путь ведёт за пределы папки content/.",
                "content/about.md(5,29): ошибка MNT0311: Ссылка «/etc/passwd» недопустима: путь абсолютный; укажите путь относительно этого файла (например, «../files/doc.pdf»).",
                "content/about.md(5,52): ошибка MNT0311: Ссылка «C:/Windows/win.ini» недопустима: путь абсолютный; укажите путь относительно этого файла (например, «../files/doc.pdf»).",
                "content/about.md(5,80): ошибка MNT0311: Ссылка «%2e%2e/%2e%2e/etc/passwd» недопустима: путь ведёт за пределы папки content/.",
            ]),
        ["yaml alias bomb"] = (
            s => s.Write("content/data/bomb.yml", "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"),
            [
                "content/data/bomb.yml(1,4): ошибка MNT0203: Якоря YAML («&a») не поддерживаются. Уберите якорь и запишите значения полностью.",
                "content/data/bomb.yml(2,4): ошибка MNT0203: Якоря YAML («&b») не поддерживаются. Уберите якорь и запишите значения полностью.",
                "content/data/bomb.yml(2,8): ошибка MNT0203: Ссылки YAML (псевдонимы «*имя») не поддерживаются. Запишите значение полностью.",
                "content/data/bomb.yml(2,11): ошибка MNT0203: Ссылки YAML (псевдонимы «*имя») не поддерживаются. Запишите значение полностью.",
            ]),
        ["site.yml missing"] = (
            s => s.Delete("content/site.yml"),
            ["content/site.yml: ошибка MNT0230: Нет файла content/site.yml с названием школы и раздела. Создайте его (образец — в README, раздел «Содержимое»)."]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Invalid_site_reports_exact_diagnostics_and_keeps_previous_output(string name)
    {
        using var site = new TestSite();
        var first = await site.BuildAsync();
        Assert.True(first.Succeeded, string.Join("\n", Formatting.Lines(first)));
        var before = site.Snapshot();

        var (breakIt, expected) = CaseTable[name];
        breakIt(site);
        var exit = await CommandLineApp.RunBuildAsync(site.Settings(), BuildMode.Build, timings: false, CancellationToken.None);
        var report = await site.BuildAsync();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var errors = Formatting.Errors(report);
        if (name == "yaml alias bomb")
        {
            // Every alias is reported; the first lines show the shape, the count shows none was expanded.
            Assert.Equal(expected, errors.Take(expected.Length));
            Assert.Equal(3 + (9 * 3), errors.Length);
        }
        else
        {
            Assert.True(expected.SequenceEqual(errors), "Actual diagnostics:\n" + string.Join("\n", errors));
        }

        Assert.Equal(before, site.Snapshot());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task Symlink_to_a_file_outside_content_is_refused()
    {
        using var site = new TestSite();
        var outside = Path.Combine(site.Root, "secret.txt");
        File.WriteAllText(outside, "секрет");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "secret.pdf"), outside);
        var report = await site.BuildAsync();
        Assert.Equal(
            ["content/secret.pdf: ошибка MNT0104: «secret.pdf» — символическая ссылка на файл или папку вне content/; такие ссылки не публикуются. Скопируйте нужные файлы в content/."],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Bom_and_crlf_are_accepted()
    {
        using var site = new TestSite();
        site.WriteBytes("content/about.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: О школе\r\n---\r\n\r\n## Цели\r\n\r\nТекст\r\n")]);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        var html = site.ReadOutput("about/index.html");
        Assert.Contains("<h2 id=\"tseli\">Цели</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reports_errors_without_touching_output()
    {
        using var site = new TestSite();
        site.Write("content/about.md", "---\ntitle: О школе\nupdated: 2023-13-01\n---\nТекст\n");
        var report = await site.BuildAsync(BuildMode.Check);
        Assert.Equal(["content/about.md(3,10): ошибка MNT0214: Поле «updated»: такой даты не существует — «2023-13-01». Проверьте день и месяц (в феврале 28 дней, в апреле, июне, сентябре и ноябре — 30)."],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }
}
