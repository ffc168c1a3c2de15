using System.Globalization;
using Mentoring.Cli;
using Mentoring.Site.Build;
using Mentoring.Site.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary><c>mentoring new practice</c>: the file it writes, what it refuses, and that the file builds at once.</summary>
public sealed class NewPracticeCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task It_creates_a_commented_draft_with_every_field_and_prints_its_path()
    {
        using var site = LibrarySite.Create();
        var (code, output, error) = await Run("new", "practice", "Открытый урок: «Дроби» в 6 классе", "--source", site.Root, "--date", "2025-05-30");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        const string relative = "content/practices/2025-05-30-otkrytyy-urok-drobi-v-6-klasse.md";
        Assert.Equal(relative + "\n", output.ReplaceLineEndings("\n"));
        var text = File.ReadAllText(Path.Combine(site.Root, relative));
        foreach (var field in new[] { "title", "date", "form", "model", "kind", "tags", "summary", "author_role", "authors", "attachments", "cover", "updated", "slug", "example", "draft" })
        {
            Assert.Matches($"(?m)^{field}:", text);
        }

        Assert.Contains("title: \"Открытый урок: «Дроби» в 6 классе\"", text, StringComparison.Ordinal);
        Assert.Contains("draft: true", text, StringComparison.Ordinal);
        Assert.Contains("#   Ученик – ученик", text, StringComparison.Ordinal);
        Assert.Contains("форма «Педагог – педагог»: Опытный педагог – молодой специалист; Педагог-новатор – консервативный педагог", text, StringComparison.Ordinal);
        Assert.Contains("Открытый урок; Мастер-класс; Публикация; Выступление; Проект; Фотоматериалы", text, StringComparison.Ordinal);
        var front = text.Split("\n---\n")[0];
        var comments = front.Split('\n').Count(l => l.StartsWith('#'));
        Assert.True(comments > 20, $"{comments} comment lines");
    }

    [Fact]
    public async Task The_new_file_builds_without_errors_with_and_without_drafts()
    {
        using var site = LibrarySite.Create();
        var date = new DateOnly(2025, 5, 30);
        var (code, _, _) = await Run("new", "practice", "Мастер-класс по геометрии", "--source", site.Root, "--date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(ExitCodes.Success, code);

        var published = await site.BuildAsync(date: date);
        Assert.True(published.Succeeded, string.Join("\n", Formatting.Lines(published)));
        Assert.Empty(published.Diagnostics);
        Assert.False(File.Exists(Path.Combine(site.Output, "kopilka", "2025-05-30-master-klass-po-geometrii", "index.html")));

        var preview = await SiteBuilder.RunAsync(site.Settings(date) with { IncludeDrafts = true }, BuildMode.Build);
        Assert.True(preview.Succeeded, string.Join("\n", Formatting.Lines(preview)));
        Assert.Empty(preview.Diagnostics);
        Assert.Contains("геометрии</h1>", site.ReadOutput("kopilka/2025-05-30-master-klass-po-geometrii/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_never_overwrites_a_file()
    {
        using var site = LibrarySite.Create();
        const string path = "content/practices/2025-05-30-urok.md";
        site.Write(path, "моё");
        var (code, output, error) = await Run("new", "practice", "Урок", "--source", site.Root, "--date", "2025-05-30");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("content/practices/2025-05-30-urok.md: ошибка " + LibraryCodes.ScaffoldExists, error, StringComparison.Ordinal);
        Assert.Equal("моё", File.ReadAllText(Path.Combine(site.Root, path)));
    }

    [Theory]
    [InlineData("«»—")]
    [InlineData("   ")]
    public async Task A_title_without_letters_is_refused(string title)
    {
        using var site = LibrarySite.Create();
        var (code, _, error) = await Run("new", "practice", title, "--source", site.Root);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.NotEqual(string.Empty, error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "practices")));
    }

    [Fact]
    public async Task Help_is_in_russian()
    {
        var (code, output, _) = await Run("new", "practice", "--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Создать файл новой практики", output, StringComparison.Ordinal);
        Assert.Contains("<название>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_site_data_is_reported_and_nothing_is_written()
    {
        using var site = LibrarySite.Create();
        site.Write("content/data/kinds.yml", "- id: urok\n  titel: Урок\n");
        var (code, _, error) = await Run("new", "practice", "Урок", "--source", site.Root, "--date", "2025-05-30");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/data/kinds.yml(2,3): ошибка MNT0210", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "practices", "2025-05-30-urok.md")));
    }
}
