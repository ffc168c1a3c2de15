using System.CommandLine;
using Mentoring.Engine;
using Mentoring.Publish;
using Mentoring.Publish.Deploy;
using Spectre.Console;

namespace Mentoring.Cli;

/// <summary><c>deploy</c>: output/ to the school's hosting over SFTP. The work is in <see cref="SiteDeployer"/>; this class only talks.</summary>
public static class DeployCommand
{
    public static Command Create()
    {
        var source = CommandLineApp.SourceOption();
        var output = new Option<string?>("--output", "-o") { Description = "Какую папку выгрузить (по умолчанию output/ в папке сайта).", HelpName = "папка" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Только показать, что изменится на сервере (новые, изменённые и удаляемые файлы), ничего не меняя." };
        var command = new Command("deploy", "Выгрузить собранный сайт на хостинг по SFTP (настройки — в разделе deploy: файла content/site.yml). Отправляются только изменившиеся файлы.")
        {
            source, output, dryRun,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(source) ?? Directory.GetCurrentDirectory());
            var folder = parse.GetValue(output) ?? Path.Combine(siteRoot, "output");
            return RunAsync(siteRoot, folder, parse.GetValue(dryRun), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string siteRoot, string folder, bool dryRun, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigFile.Read(siteRoot, diagnostics);
        if (config is null)
        {
            foreach (var d in diagnostics.Sorted())
            {
                await error.WriteLineAsync(ConsoleReport.Format(d));
            }

            await error.WriteLineAsync("Настройки выгрузки не прочитаны: исправьте content/site.yml.");
            return ExitCodes.ContentErrors;
        }

        try
        {
            var target = DeployTarget.From(config.Deploy, siteRoot, Environment.GetEnvironmentVariable);
            using var site = OutputFolder.Open(folder, cancellationToken);
            output.WriteLine(dryRun
                ? $"Сравниваю «{site.Path}» с сайтом на {target}…"
                : $"Выгружаю «{site.Path}» на {target}…");
            var result = await WithProgressAsync(output, progress =>
                SiteDeployer.RunAsync(site, target, new DeployOptions { DryRun = dryRun, Progress = progress }, cancellationToken));
            PrintResult(result, target, output);
            return ExitCodes.Success;
        }
        catch (PublishException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ex.Failure switch
            {
                PublishFailure.Remote => ExitCodes.RemoteError,
                PublishFailure.Cancelled => ExitCodes.Cancelled,
                _ => ExitCodes.UsageError,
            };
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Выгрузка прервана до начала передачи. На сервере ничего не изменено.");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>A bar for files and one for bytes in a terminal; one plain line per file when the output is redirected.</summary>
    private static async Task<DeployResult> WithProgressAsync(TextWriter output, Func<Action<DeployProgress>, Task<DeployResult>> run)
    {
        var console = AnsiConsole.Console;
        if (!console.Profile.Capabilities.Interactive || Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
        {
            return await run(p =>
            {
                if (p.Finished is { } done)
                {
                    var what = done.Kind == ChangeKind.Deleted ? $"- {done.Path}" : $"{Sign(done.Kind)} {done.Path} ({Bytes.Format(done.Size)})";
                    output.WriteLine($"[{p.FilesDone}/{p.FilesTotal}] {what}");
                }
            });
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask? files = null;
                ProgressTask? bytes = null;
                var result = await run(p =>
                {
                    if (p.FilesTotal == 0)
                    {
                        return;
                    }

                    files ??= context.AddTask("Файлы", maxValue: p.FilesTotal);
                    bytes ??= context.AddTask("Объём", maxValue: Math.Max(1, p.BytesTotal));
                    files.Value = p.FilesDone;
                    files.Description = $"Файлы: {p.FilesDone} из {p.FilesTotal}";
                    bytes.Value = p.BytesDone;
                    bytes.Description = $"Объём: {Markup.Escape(Bytes.Format(p.BytesDone))} из {Markup.Escape(Bytes.Format(p.BytesTotal))}";
                });
                files?.StopTask();
                bytes?.StopTask();
                return result;
            });
    }

    private static void PrintResult(DeployResult result, DeployTarget target, TextWriter output)
    {
        var plan = result.Plan;
        if (result.Resumed)
        {
            output.WriteLine("Прошлая выгрузка была прервана: учтено всё, что тогда успело дойти до сервера.");
        }

        if (result.ManifestUnreadable)
        {
            output.WriteLine($"Файл {SiteManifest.FileName} на сервере повреждён: отправляю все файлы заново, старые файлы на сервере не удаляю.");
        }

        if (result.DryRun)
        {
            PrintList("Новые", plan.Uploads.Where(c => c.Kind == ChangeKind.New).ToList(), output);
            PrintList("Изменённые", plan.Uploads.Where(c => c.Kind == ChangeKind.Changed).ToList(), output);
            PrintList("Удаляемые", plan.Deletes, output);
            output.WriteLine($"Итого: новых {plan.NewCount}, изменённых {plan.ChangedCount} ({Bytes.Format(plan.UploadBytes)} к отправке), удаляемых {plan.Deletes.Length} ({Bytes.Format(plan.DeletedBytes)}), без изменений {plan.Unchanged}.");
            output.WriteLine("Это пробный запуск (--dry-run): на сервере ничего не изменено.");
        }
        else if (plan.IsEmpty)
        {
            output.WriteLine($"На сервере уже эта версия сайта ({Plural(plan.Unchanged)}): отправлять нечего.");
        }
        else
        {
            var seconds = result.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
            output.WriteLine($"Готово за {seconds} с: отправлено {Plural(plan.Uploads.Length)} ({Bytes.Format(plan.UploadBytes)}; новых {plan.NewCount}, изменённых {plan.ChangedCount}), удалено {plan.Deletes.Length}, без изменений {plan.Unchanged}.");
        }

        if (target.ExpectedHostKey is null)
        {
            output.WriteLine($"Ключ сервера: {result.HostKey}. Чтобы выгрузка проверяла его каждый раз, задайте переменную окружения {DeployTarget.HostKeyVariable}={result.HostKey}");
        }
    }

    private static void PrintList(string title, IReadOnlyList<DeployChange> changes, TextWriter output)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var deleted = changes[0].Kind == ChangeKind.Deleted;
        output.WriteLine(deleted ? $"{title} ({changes.Count}):" : $"{title} ({changes.Count}, {Bytes.Format(changes.Sum(c => c.Size))}):");
        foreach (var change in changes)
        {
            output.WriteLine(deleted ? $"  - {change.Path}" : $"  {Sign(change.Kind)} {change.Path} ({Bytes.Format(change.Size)})");
        }
    }

    private static char Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.New => '+',
        ChangeKind.Changed => '~',
        _ => '-',
    };

    private static string Plural(int n) => Site.Text.RussianPlural.Format(n, "файл", "файла", "файлов");
}
