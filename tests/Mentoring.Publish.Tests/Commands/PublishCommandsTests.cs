using System.Text.RegularExpressions;
using Mentoring.Cli;

namespace Mentoring.Publish.Tests.Commands;

public sealed partial class PublishCommandsTests
{
    [Theory]
    [InlineData("serve")]
    [InlineData("deploy")]
    [InlineData("pack")]
    public async Task Help_of_the_publishing_commands_is_in_russian(string command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLineApp.RunAsync([command, "--help"], output, error);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Использование:", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), output.ToString());
    }

    [Fact]
    public async Task Serve_refuses_an_impossible_port()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLineApp.RunAsync(["serve", "--port", "70000"], output, error);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("от 1 до 65535", error.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(Description|Usage|Options|Commands|Show help|default:)\b")]
    private static partial Regex EnglishWords();
}
