using System.Collections.Immutable;
using System.Diagnostics;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Output;
using Mentoring.Site.Tests.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Paths: nothing outside content/ is read or published (../, absolute paths, %2e%2e, backslashes, drive letters,
/// symbolic and hard links, control characters in names), and nothing outside the output folder is ever written.
/// </summary>
public sealed class PathSafetyTests
{
    private const string Practice = "---\ntitle: Практика\ndate: 2024-03-01\nform: Педагог – педагог\nmodel: Опытный педагог – молодой специалист\nkind: Открытый урок\nsummary: Кратко.\n";

    [Theory]
    [InlineData("../../etc", "content/about.md(3,1): ошибка MNT0223: Поле slug «../../etc» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.")]
    [InlineData("/etc/cron.d", "content/about.md(3,1): ошибка MNT0223: Поле slug «/etc/cron.d» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.")]
    [InlineData("a/b", "content/about.md(3,1): ошибка MNT0223: Поле slug «a/b» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.")]
    [InlineData("\"..\\\\..\\\\x\"", "content/about.md(3,1): ошибка MNT0223: Поле slug «..\\..\\x» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.")]
    [InlineData("\"C:\"", "content/about.md(3,1): ошибка MNT0223: Поле slug «C:» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.")]
    [InlineData("\"%2e%2e\"", "content/about.md(3,1): ошибка MNT0223: Поле slug «%2e%2e» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.")]
    public async Task A_page_slug_is_one_ascii_segment(string slug, string expected)
    {
        using var site = new TestSite();
        site.Write("content/about.md", $"---\ntitle: О школе\nslug: {slug}\n---\nТекст\n");
        var before = Tree(site.Root);
        var report = await site.BuildAsync();
        Assert.Equal([expected], Formatting.Errors(report));
        Assert.Equal(before, Tree(site.Root).Where(p => p != ".output.lock"));
    }

    [Fact]
    public async Task Slugs_and_ids_that_try_to_leave_the_output_write_nothing_anywhere()
    {
        using var site = LibrarySite.Create();
        var forms = File.ReadAllText(Path.Combine(site.Root, "content", "data", "forms.yml"));
        site.Write("content/data/forms.yml", forms.Replace("id: pedagog-pedagog", "id: ../../../../pobeg-forma", StringComparison.Ordinal));
        site.Write("content/practices/2024-03-01-a.md", Practice + "slug: ../../../pobeg-praktika\n---\n\nТекст.\n");
        site.Write("content/about.md", "---\ntitle: О школе\nslug: ../../../pobeg-stranitsa\n---\nТекст\n");
        var settings = site.Settings(LibrarySite.BuildDate) with { OutputPath = Path.Combine(site.Root, "a", "b", "output") };
        Directory.CreateDirectory(Path.Combine(site.Root, "a", "b"));
        var before = Tree(site.Root);

        var report = await SiteBuilder.RunAsync(settings, BuildMode.Build);

        Assert.False(report.Succeeded);
        var errors = Formatting.Errors(report);
        Assert.Contains(errors, e => e.StartsWith("content/data/forms.yml(", StringComparison.Ordinal) && e.Contains("ошибка MNT0255: Идентификатор формы «../../../../pobeg-forma» входит в адреса страниц", StringComparison.Ordinal));
        Assert.Contains("content/practices/2024-03-01-a.md(8,1): ошибка MNT0615: Поле slug «../../../pobeg-praktika» должно состоять из строчных латинских букв, цифр и дефисов, например «otkrytyy-urok-fizika». Или уберите поле: адрес возьмётся из имени файла.", errors);
        Assert.Contains("content/about.md(3,1): ошибка MNT0223: Поле slug «../../../pobeg-stranitsa» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.", errors);

        // Only the lock file of the build may be new; no "pobeg-*" anywhere, not even an empty folder.
        Assert.Equal(before, Tree(site.Root).Where(p => !p.EndsWith(".output.lock", StringComparison.Ordinal)).ToList());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(site.Root)!, "pobeg-*"));
    }

    [Fact]
    public async Task An_output_folder_whose_parent_does_not_exist_yet_is_created_there_and_only_there()
    {
        using var site = new TestSite();
        var settings = site.Settings() with { OutputPath = Path.Combine(site.Root, "novaya", "papka", "sayt") };
        var report = await SiteBuilder.RunAsync(settings, BuildMode.Build);
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));
        Assert.True(File.Exists(Path.Combine(site.Root, "novaya", "papka", "sayt", "index.html")));
        Assert.Equal([".sayt.lock", "sayt"], Directory.EnumerateFileSystemEntries(Path.Combine(site.Root, "novaya", "papka")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The last line of defence, for a destination no check before it caught: refused, and no folder is made for it.</summary>
    [Fact]
    public async Task Writing_refuses_destinations_outside_the_staging_folder_and_creates_nothing_for_them()
    {
        var root = Path.Combine(Path.GetTempPath(), "mentoring-write-" + Guid.NewGuid().ToString("N"));
        var staging = Path.Combine(root, "site", "staging");
        Directory.CreateDirectory(staging);
        try
        {
            ImmutableArray<Document> docs =
            [
                Document.Create("a.md", "../escape-a/index.html", "a"),
                Document.Create("b.md", "../../escape-b/x/index.html", "b"),
                Document.Create("c.md", "/tmp/escape-c/index.html", "c"),
                Document.Create("d.md", "ok/index.html", "d"),
            ];
            var engine = new Engine.Engine(
                [
                    new Pipeline(PipelineNames.Files),
                    new Pipeline(PipelineNames.Assets),
                    new Pipeline(PipelineNames.Search),
                    new Pipeline(PipelineNames.Render, input: [new Given(docs)], output: [new WriteSite()]),
                ],
                new ServiceRegistry().Add(new OutputTarget(staging)));
            var bag = new DiagnosticBag();
            await engine.RunAsync(bag);

            Assert.Equal(
                [
                    "content/a.md: ошибка MNT0502: Путь «../escape-a/index.html» выходит за пределы папки сайта и не будет записан.",
                    "content/b.md: ошибка MNT0502: Путь «../../escape-b/x/index.html» выходит за пределы папки сайта и не будет записан.",
                    "content/c.md: ошибка MNT0502: Путь «/tmp/escape-c/index.html» выходит за пределы папки сайта и не будет записан.",
                ],
                bag.Sorted().Select(Mentoring.Cli.ConsoleReport.Format));
            Assert.Equal(["site", "site/staging"], Tree(root));
            Assert.False(Directory.Exists("/tmp/escape-c"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public static TheoryData<string, string> EscapingReferences => new()
    {
        { "../../../etc/passwd.pdf", "путь ведёт за пределы папки content/" },
        { "/etc/passwd.pdf", "путь абсолютный; укажите путь относительно этого файла (например, «../files/doc.pdf»)" },
        { "C:/Windows/win.pdf", "путь абсолютный; укажите путь относительно этого файла (например, «../files/doc.pdf»)" },
        { "c:\\\\Windows\\\\win.pdf", "в пути обратная косая черта «\\»; используйте «/»" },
        { "..\\\\..\\\\secret.pdf", "в пути обратная косая черта «\\»; используйте «/»" },
        { "%2e%2e/%2e%2e/%2e%2e/secret.pdf", "путь ведёт за пределы папки content/" },
        { "..%2F..%2F..%2Fsecret.pdf", "путь ведёт за пределы папки content/" },
        { "files/a%00.pdf", "путь содержит управляющие символы" },
    };

    [Theory]
    [MemberData(nameof(EscapingReferences))]
    public async Task Attachments_and_documents_outside_content_are_refused(string reference, string problem)
    {
        using var site = LibrarySite.Create();
        File.WriteAllText(Path.Combine(site.Root, "secret.pdf"), "секрет");
        site.Write("content/practices/2024-03-01-a.md", Practice + $"attachments:\n  - file: \"{reference}\"\n    title: Файл\n---\n\nТекст.\n");
        site.Write("content/data/documents.yml", $"- id: dokument\n  title: Документ\n  kind: Приказ\n  file: \"{reference}\"\n");
        var report = await site.BuildAsync(date: LibrarySite.BuildDate);
        var shown = reference.Replace("\\\\", "\\", StringComparison.Ordinal);
        Assert.Equal(
            [
                $"content/data/documents.yml(4,3): ошибка MNT0254: Путь к файлу «{ContentPathsPrintable(shown)}» недопустим: {problem}.",
                $"content/practices/2024-03-01-a.md(9,5): ошибка MNT0614: Путь к файлу «{ContentPathsPrintable(shown)}» недопустим: {problem}.",
            ],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Symbolic_links_leading_outside_content_are_refused_however_they_get_there()
    {
        using var site = new TestSite();
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Секрет\n---\nСекрет\n");
        File.WriteAllText(Path.Combine(outside, "secret.pdf"), "секрет");
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "files"));

        // A folder link, a relative file link, and a chain of two links whose first step stays inside.
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "papka"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "files", "otnositelnaya.pdf"), "../../outside/secret.pdf");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "files", "shag2.md"), Path.Combine(outside, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "shag1.md"), "files/shag2.md");

        var report = await site.BuildAsync();

        Assert.Equal(
            [
                "content/files/otnositelnaya.pdf: ошибка MNT0104: «files/otnositelnaya.pdf» — символическая ссылка на файл или папку вне content/; такие ссылки не публикуются. Скопируйте нужные файлы в content/.",
                "content/files/shag2.md: ошибка MNT0104: «files/shag2.md» — символическая ссылка на файл или папку вне content/; такие ссылки не публикуются. Скопируйте нужные файлы в content/.",
                "content/papka: ошибка MNT0104: «papka» — символическая ссылка на файл или папку вне content/; такие ссылки не публикуются. Скопируйте нужные файлы в content/.",
                "content/shag1.md: ошибка MNT0104: «shag1.md» — символическая ссылка на файл или папку вне content/; такие ссылки не публикуются. Скопируйте нужные файлы в content/.",
            ],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Hard_links_are_refused_as_their_other_name_may_be_anywhere()
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Жёсткие ссылки проверяются на Linux и macOS.");
        using var site = new TestSite();
        var outside = Path.Combine(site.Root, "secret.txt");
        File.WriteAllText(outside, "---\ntitle: Секрет\n---\nПароль от почты.\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "files"));
        await Link(outside, Path.Combine(site.Root, "content", "files", "doc.pdf"));
        await Link(outside, Path.Combine(site.Root, "content", "stranitsa.md"));
        site.Write("content/index.md", "---\ntitle: Главная\nnav_order: 1\n---\n\n[Документ](files/doc.pdf)\n");

        var report = await site.BuildAsync();

        Assert.Equal(
            [
                "content/files/doc.pdf: ошибка MNT0107: Файл «files/doc.pdf» — жёсткая ссылка: у него на диске есть и другие имена, возможно, вне папки content/, и генератор не может это проверить. Такие файлы не публикуются. Положите на это место отдельную копию файла.",
                "content/index.md(6,1): ошибка MNT0320: Ссылка «files/doc.pdf» ведёт на несуществующий файл «files/doc.pdf». Проверьте имя файла (регистр букв важен) и путь относительно этого файла.",
                "content/stranitsa.md: ошибка MNT0107: Файл «stranitsa.md» — жёсткая ссылка: у него на диске есть и другие имена, возможно, вне папки content/, и генератор не может это проверить. Такие файлы не публикуются. Положите на это место отдельную копию файла.",
            ],
            Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));

        // An ordinary copy of the same file is fine.
        File.Delete(Path.Combine(site.Root, "content", "files", "doc.pdf"));
        File.Delete(Path.Combine(site.Root, "content", "stranitsa.md"));
        File.Copy(outside, Path.Combine(site.Root, "content", "files", "doc.pdf"));
        File.Copy(outside, Path.Combine(site.Root, "content", "stranitsa.md"));
        var again = await site.BuildAsync();
        Assert.True(again.Succeeded, string.Join("\n", Formatting.Errors(again)));
    }

    [Theory]
    [InlineData("content/o\u0001shkole.md", "content/o\u0001shkole.md: ошибка MNT0105: Имя файла «o\\u0001shkole.md» содержит управляющие или невидимые символы. Переименуйте файл.")]
    [InlineData("content/files/doc\u001B[31m.pdf", "content/files/doc\u001B[31m.pdf: ошибка MNT0105: Имя файла «files/doc\\u001B[31m.pdf» содержит управляющие или невидимые символы. Переименуйте файл.")]
    [InlineData("content/files/\u202Efdp.exe", "content/files/\u202Efdp.exe: ошибка MNT0105: Имя файла «files/\u202Efdp.exe» содержит управляющие или невидимые символы. Переименуйте файл.")]
    [InlineData("content/stroka\nvtoraya.md", "content/stroka\nvtoraya.md: ошибка MNT0105: Имя файла «stroka\\u000Avtoraya.md» содержит управляющие или невидимые символы. Переименуйте файл.")]
    public async Task File_names_with_control_or_bidi_characters_are_refused(string path, string expected)
    {
        using var site = new TestSite();
        site.Write(path, "---\ntitle: Файл\n---\nТекст\n");
        var report = await site.BuildAsync();
        Assert.Equal([expected], Formatting.Errors(report));
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>Every entry under <paramref name="root"/>, relative, sorted.</summary>
    internal static List<string> Tree(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static string ContentPathsPrintable(string path) => Mentoring.Site.Content.ContentPaths.Printable(path);

    private static async Task Link(string existing, string newName)
    {
        var start = new ProcessStartInfo("ln") { ArgumentList = { existing, newName }, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
    }

    private sealed class Given(ImmutableArray<Document> docs) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context) => Task.FromResult(docs);
    }
}
