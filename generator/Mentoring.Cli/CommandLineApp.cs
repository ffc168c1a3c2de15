using System.CommandLine;
using System.Globalization;
using Mentoring.Site.Build;
using Spectre.Console;

namespace Mentoring.Cli;

/// <summary>The commands and their options; each command's work lives in its own class.</summary>
public static class CommandLineApp
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Mentoring — генератор раздела «Наставничество» и методической копилки школьного сайта.");
        root.Subcommands.Add(BuildCommand(BuildMode.Build, "build", "Собрать сайт в папку output/ (прежняя версия заменяется только при успешной сборке)."));
        root.Subcommands.Add(BuildCommand(BuildMode.Check, "check", "Проверить содержимое без записи сайта: все ошибки и предупреждения."));
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DeployCommand.Create());
        root.Subcommands.Add(PackCommand.Create());
        return root;
    }

    public static Option<string> SourceOption() => new("--source", "-s")
    {
        Description = "Папка сайта, в которой лежат content/ и themes/ (по умолчанию — текущая).",
        DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
    };

    private static Command BuildCommand(BuildMode mode, string name, string description)
    {
        var source = SourceOption();
        var output = new Option<string?>("--output", "-o") { Description = "Куда собрать сайт (по умолчанию output/ в папке сайта)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Полный адрес раздела на хостинге, например https://school.example/nastavnichestvo/ (для sitemap.xml и ленты)." };
        var drafts = new Option<bool>("--drafts") { Description = "Включить черновики (draft: true) — только для просмотра, не для публикации." };
        var date = new Option<string?>("--date") { Description = "Дата, на которую собирается сайт (ГГГГ-ММ-ДД; по умолчанию сегодня). Влияет только на отметки о просрочке." };
        var timings = new Option<bool>("--timings") { Description = "Показать, сколько времени занял каждый шаг." };
        var command = new Command(name, description) { source, output, baseUrl, drafts, date, timings };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dateText = parse.GetValue(date);
            var referenceDate = DateOnly.FromDateTime(DateTime.Today);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out referenceDate))
            {
                await Console.Error.WriteLineAsync($"Дата «{dateText}» не распознана: укажите её как ГГГГ-ММ-ДД, например 2025-09-01.");
                return ExitCodes.UsageError;
            }

            var settings = new BuildSettings
            {
                SiteRoot = Path.GetFullPath(parse.GetValue(source)!),
                OutputPath = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : null,
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                ReferenceDate = referenceDate,
            };
            return await RunBuildAsync(settings, mode, parse.GetValue(timings), cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunBuildAsync(BuildSettings settings, BuildMode mode, bool timings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var console = AnsiConsole.Console;
        BuildReport report;
        try
        {
            if (console.Profile.Capabilities.Interactive && !Console.IsErrorRedirected)
            {
                report = await console.Status().StartAsync(mode == BuildMode.Build ? "Сборка сайта…" : "Проверка содержимого…",
                    _ => SiteBuilder.RunAsync(settings, mode, cancellationToken));
            }
            else
            {
                report = await SiteBuilder.RunAsync(settings, mode, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Сборка прервана. Сайт не изменён.");
            return ExitCodes.Cancelled;
        }

        ConsoleReport.PrintDiagnostics(report, Console.Error);
        ConsoleReport.PrintSummary(report, mode, timings, console);
        if (report.Succeeded)
        {
            return ExitCodes.Success;
        }

        if (report.Diagnostics.Any(d => d.Code == SiteBuilder.InternalErrorCode))
        {
            return ExitCodes.InternalError;
        }

        return report.Diagnostics.Any(d => d.Code == SiteBuilder.LockedCode) ? ExitCodes.Locked : ExitCodes.ContentErrors;
    }
}
