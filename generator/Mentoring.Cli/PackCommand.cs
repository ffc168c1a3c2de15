using System.CommandLine;
using Mentoring.Publish;
using Mentoring.Publish.Packing;

namespace Mentoring.Cli;

/// <summary><c>pack</c>: output/ as one zip for a hosting control panel. The work is in <see cref="SitePacker"/>.</summary>
public static class PackCommand
{
    public static Command Create()
    {
        var source = CommandLineApp.SourceOption();
        var output = new Option<string?>("--output", "-o") { Description = "Какую папку упаковать (по умолчанию output/ в папке сайта).", HelpName = "папка" };
        var to = new Option<string?>("--to") { Description = "Куда положить архив (по умолчанию — рядом с папкой output/).", HelpName = "папка" };
        var date = DateArgument.Create("Дата в имени архива (ГГГГ-ММ-ДД; по умолчанию сегодня).");
        var command = new Command("pack", "Упаковать собранный сайт в архив mentoring-site-ГГГГ-ММ-ДД.zip для загрузки через панель управления хостингом.")
        {
            source, output, to, date,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (DateArgument.Parse(parse.GetValue(date), stderr) is not { } day)
            {
                return ExitCodes.UsageError;
            }

            var folder = parse.GetValue(output) ?? Path.Combine(parse.GetValue(source) ?? Directory.GetCurrentDirectory(), "output");
            try
            {
                using var site = OutputFolder.Open(folder, cancellationToken);
                var result = SitePacker.Pack(site, day, parse.GetValue(to));
                await stdout.WriteLineAsync($"Готово: {result.ZipPath}");
                await stdout.WriteLineAsync($"В архиве {Plural(result.Files, "файл", "файла", "файлов")}, {Bytes.Format(result.Bytes)} (архив — {Bytes.Format(result.ZipBytes)}).");
                await stdout.WriteLineAsync("Загрузите архив в панели управления хостингом и распакуйте его в папку раздела.");
                return ExitCodes.Success;
            }
            catch (PublishException ex)
            {
                await stderr.WriteLineAsync(ex.Message);
                return ExitCodes.UsageError;
            }
            catch (OperationCanceledException)
            {
                await stderr.WriteLineAsync("Упаковка прервана. Архив не создан.");
                return ExitCodes.Cancelled;
            }
        });
        return command;
    }

    private static string Plural(int n, string one, string few, string many) => Site.Text.RussianPlural.Format(n, one, few, many);
}
