using Mentoring.Cli;
using Mentoring.Site.Build;

namespace Mentoring.Site.Tests.Support;

internal static class Formatting
{
    /// <summary>The diagnostics exactly as the command line prints them.</summary>
    public static string[] Lines(BuildReport report) => [.. report.Diagnostics.Select(ConsoleReport.Format)];

    public static string[] Errors(BuildReport report) =>
        [.. report.Diagnostics.Where(d => d.Severity == Engine.Severity.Error).Select(ConsoleReport.Format)];
}
