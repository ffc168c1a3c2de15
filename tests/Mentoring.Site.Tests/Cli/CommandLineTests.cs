using System.Text.RegularExpressions;
using Mentoring.Cli;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Cli;

public sealed partial class CommandLineTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "-h")]
    public async Task Help_is_in_russian_only(params string[] args)
    {
        var (code, output, _) = await Run(args);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Использование:", output, StringComparison.Ordinal);
        Assert.Contains("Параметры:", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), output);
    }

    [Fact]
    public async Task A_mistyped_command_is_a_usage_error_with_a_suggestion()
    {
        var (code, _, error) = await Run("biuld");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("Возможно, имелось в виду «build»?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_reference_date_is_a_usage_error()
    {
        using var site = new TestSite();
        var (code, _, error) = await Run("build", "--source", site.Root, "--date", "2025-13-01");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("Дата «2025-13-01» не распознана", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Build_succeeds_with_exit_code_zero_and_check_writes_nothing()
    {
        using var site = new TestSite();
        var check = await Run("check", "--source", site.Root);
        Assert.Equal(ExitCodes.Success, check.Code);
        Assert.False(Directory.Exists(site.Output));
        var build = await Run("build", "--source", site.Root, "--date", "2025-01-15");
        Assert.Equal(ExitCodes.Success, build.Code);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Content_errors_exit_with_code_one_in_the_editor_format()
    {
        using var site = new TestSite();
        site.Write("content/about.md", "---\ntitle: О школе\nnav_order: второй\n---\n");
        var (code, _, error) = await Run("build", "--source", site.Root);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/about.md(3,12): ошибка MNT0212:", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(Description|Usage|Options|Commands|Show help|default:)\b")]
    private static partial Regex EnglishWords();
}
