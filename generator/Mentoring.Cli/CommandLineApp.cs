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
        root.Subcommands.Add(NewPracticeCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DeployCommand.Create());
        root.Subcommands.Add(PackCommand.Create());
        RussianHelp.Install(root);
        return root;
    }

    /// <summary>Parses and runs; argument mistakes are explained in Russian and exit with <see cref="ExitCodes.UsageError"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var root = Create();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            var unknown = parse.UnmatchedTokens.Count > 0 ? parse.UnmatchedTokens[0] : null;
            var names = parse.CommandResult.Command.Subcommands.Select(c => c.Name)
                .Concat(parse.CommandResult.Command.Options.SelectMany(o => o.Aliases.Append(o.Name)));
            if (unknown is not null && Site.Text.TextMatching.Closest(unknown, names, 1) is [var guess])
            {
                await error.WriteLineAsync($"Возможно, имелось в виду «{guess}»?");
            }

            await error.WriteLineAsync("Справка: mentoring --help");
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    public static Option<string> SourceOption() => new("--source", "-s")
    {
        Description = "Папка сайта, в которой лежат content/ и themes/ (по умолчанию — текущая).",
        HelpName = "папка",
    };

    private static Command BuildCommand(BuildMode mode, string name, string description)
    {
        var source = SourceOption();
        var output = new Option<string?>("--output", "-o") { Description = "Куда собрать сайт (по умолчанию output/ в папке сайта).", HelpName = "папка" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Полный адрес раздела на хостинге, например https://school.example/nastavnichestvo/ (для sitemap.xml и ленты).", HelpName = "адрес" };
        var drafts = new Option<bool>("--drafts") { Description = "Включить черновики (draft: true) — только для просмотра, не для публикации." };
        var date = new Option<string?>("--date") { Description = "Дата, на которую собирается сайт (ГГГГ-ММ-ДД; по умолчанию сегодня). Влияет только на отметки о просрочке.", HelpName = "ГГГГ-ММ-ДД" };
        var timings = new Option<bool>("--timings") { Description = "Показать, сколько времени занял каждый шаг." };
        var clean = new Option<bool>("--clean") { Description = "Собрать всё заново, не заглядывая в кэш сборки (.mentoring-cache/). Кэш после сборки будет создан заново." };
        var command = new Command(name, description) { source, output, baseUrl, drafts, date, timings };
        if (mode == BuildMode.Build)
        {
            command.Options.Add(clean);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var dateText = parse.GetValue(date);
            var referenceDate = DateOnly.FromDateTime(DateTime.Today);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out referenceDate))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Дата «{dateText}» не распознана: укажите её как ГГГГ-ММ-ДД, например 2025-09-01.");
                return ExitCodes.UsageError;
            }

            var settings = new BuildSettings
            {
                SiteRoot = Path.GetFullPath(parse.GetValue(source) ?? Directory.GetCurrentDirectory()),
                OutputPath = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : null,
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                ReferenceDate = referenceDate,
                Clean = mode == BuildMode.Build && parse.GetValue(clean),
            };
            return await RunBuildAsync(settings, mode, parse.GetValue(timings), parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    public static Task<int> RunBuildAsync(BuildSettings settings, BuildMode mode, bool timings, CancellationToken cancellationToken) =>
        RunBuildAsync(settings, mode, timings, Console.Error, cancellationToken);

    public static async Task<int> RunBuildAsync(BuildSettings settings, BuildMode mode, bool timings, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
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
            await error.WriteLineAsync("Сборка прервана. Сайт не изменён.");
            return ExitCodes.Cancelled;
        }

        ConsoleReport.PrintDiagnostics(report, error);
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
