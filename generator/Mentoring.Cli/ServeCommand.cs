using System.CommandLine;
using System.Globalization;
using Mentoring.Publish.Preview;
using Mentoring.Site.Build;

namespace Mentoring.Cli;

/// <summary><c>serve</c>: the curator's live preview. The work is in <see cref="PreviewServer"/>; this class only talks.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var source = CommandLineApp.SourceOption();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Порт на этом компьютере (по умолчанию 8080; если занят — следующий свободный).",
            HelpName = "порт",
            DefaultValueFactory = _ => 8080,
        };
        var baseUrl = new Option<string?>("--base-url") { Description = "Адрес раздела, если он не такой, как base_url в content/site.yml: от него берётся путь (например, /nastavnichestvo/).", HelpName = "адрес" };
        var drafts = new Option<bool>("--drafts") { Description = "Показывать и черновики (draft: true)." };
        var date = DateArgument.Create("Дата, на которую собирается сайт (по умолчанию сегодня).");
        var command = new Command("serve", "Предпросмотр для куратора: собрать сайт, показать его в браузере по адресу http://127.0.0.1:8080/ и обновлять страницу при каждом сохранении файла.")
        {
            source, port, baseUrl, drafts, date,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (DateArgument.Parse(parse.GetValue(date), error) is not { } referenceDate)
            {
                return ExitCodes.UsageError;
            }

            var requestedPort = parse.GetValue(port);
            if (requestedPort is < 1 or > 65535)
            {
                await error.WriteLineAsync($"Порт {requestedPort} недопустим: укажите число от 1 до 65535, например --port 8080.");
                return ExitCodes.UsageError;
            }

            var settings = new BuildSettings
            {
                SiteRoot = Path.GetFullPath(parse.GetValue(source) ?? Directory.GetCurrentDirectory()),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                ReferenceDate = referenceDate,
            };
            return await RunAsync(settings, requestedPort, output, error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(BuildSettings settings, int port, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("Собираю сайт для предпросмотра…");
        var options = new PreviewOptions
        {
            Build = settings,
            Port = port,
            DisplayPath = ConsoleReport.DisplayPath,
            Rebuilding = changes => output.WriteLine($"Изменено: {Describe(changes)} — пересобираю…"),
            Built = build => Report(build, output, error),
        };

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"Не удалось запустить предпросмотр на портах {port}–{port + options.PortAttempts - 1}: {ex.Message}. Укажите другой порт: --port 9000.");
            return ExitCodes.UsageError;
        }

        await using (server)
        {
            if (server.Port != port)
            {
                await output.WriteLineAsync($"Порт {port} занят — беру {server.Port}.");
            }

            await output.WriteLineAsync($"Предпросмотр: {server.Address}");
            await output.WriteLineAsync("Откройте этот адрес в браузере. Страница обновляется сама, когда вы сохраняете файлы в content/ или themes/.");
            await output.WriteLineAsync("Остановить — Ctrl+C.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await output.WriteLineAsync("Предпросмотр остановлен.");
        return ExitCodes.Success;
    }

    private static void Report(PreviewBuild build, TextWriter output, TextWriter error)
    {
        if (build.Generation is { } generation)
        {
            ConsoleReport.PrintDiagnostics(generation.Report, error);
        }
        else if (build.Problems is { } failure)
        {
            foreach (var d in failure.Errors)
            {
                error.WriteLine(d.ToString());
            }
        }

        var seconds = build.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
        if (!build.Succeeded)
        {
            output.WriteLine($"{build.Problems!.Title}. В браузере — последняя удачная версия сайта и список ошибок. Исправьте файл и сохраните его.");
        }
        else if (build.Initial)
        {
            output.WriteLine($"Сайт собран: {Site.Text.RussianPlural.Format(build.Generation!.Report.Pages, "страница", "страницы", "страниц")} за {seconds} с.");
        }
        else
        {
            output.WriteLine($"Готово за {seconds} с — открытые страницы обновлены.");
        }
    }

    private static string Describe(IReadOnlyList<string> changes) => changes.Count switch
    {
        _ when changes.Contains(SiteChangeWatcher.Everything) => "много файлов",
        <= 3 => string.Join(", ", changes),
        _ => string.Join(", ", changes.Take(3)) + $" и ещё {changes.Count - 3}",
    };
}
