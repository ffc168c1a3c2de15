using System.CommandLine;
using System.Globalization;
using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Library;

namespace Mentoring.Cli;

/// <summary>
/// <c>mentoring new practice "Название практики"</c>: creates content/practices/&lt;дата&gt;-&lt;slug&gt;.md from
/// <see cref="PracticeScaffold"/>, never overwriting a file, and prints its path. Opens nothing.
/// </summary>
public static class NewPracticeCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var command = new Command("new", "Создать заготовку нового материала (практики методической копилки).");
        command.Subcommands.Add(Practice());
        return command;
    }

    private static Command Practice()
    {
        // Optional for the parser, so «--help» works without it; a missing title is explained in Russian below.
        var title = new Argument<string?>("название") { Description = "Название практики в кавычках, например \"Открытый урок по физике\".", Arity = ArgumentArity.ZeroOrOne };
        var source = CommandLineApp.SourceOption();
        var date = new Option<string?>("--date") { Description = "Дата практики и имени файла (ГГГГ-ММ-ДД; по умолчанию сегодня).", HelpName = "ГГГГ-ММ-ДД" };
        var command = new Command("practice", "Создать файл новой практики в content/practices/ со всеми полями и подсказками (черновик: draft: true).")
        {
            title, source, date,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var dateText = parse.GetValue(date);
            var day = DateOnly.FromDateTime(DateTime.Today);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                await error.WriteLineAsync($"Дата «{dateText}» не распознана: укажите её как ГГГГ-ММ-ДД, например 2025-09-01.");
                return ExitCodes.UsageError;
            }

            var name = parse.GetValue(title);
            if (string.IsNullOrWhiteSpace(name))
            {
                await error.WriteLineAsync("Укажите название практики в кавычках: mentoring new practice \"Открытый урок по физике\".");
                return ExitCodes.UsageError;
            }

            var siteRoot = Path.GetFullPath(parse.GetValue(source) ?? Directory.GetCurrentDirectory());
            return await RunAsync(siteRoot, name, day, output, error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string siteRoot, string title, DateOnly date, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var relative = PracticeScaffold.PathFor(title, date);
        if (relative is null)
        {
            await error.WriteLineAsync(ConsoleReport.Format(Diagnostic.Error(LibraryCodes.ScaffoldBadTitle,
                $"Из названия «{title}» не получается имя файла: в нём нет букв или цифр. Укажите название практики словами.")));
            return ExitCodes.UsageError;
        }

        var contentRoot = Path.Combine(siteRoot, "content");
        var diagnostics = new DiagnosticBag();
        var data = PracticeScaffold.LoadData(contentRoot, diagnostics);
        foreach (var d in diagnostics.Sorted())
        {
            await error.WriteLineAsync(ConsoleReport.Format(d));
        }

        if (data is null || diagnostics.HasErrors)
        {
            await error.WriteLineAsync("Не удалось прочитать данные сайта (формы и виды практик): исправьте ошибки выше и повторите команду.");
            return ExitCodes.ContentErrors;
        }

        var full = Path.Combine(contentRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            // CreateNew: an existing practice is never overwritten, even if it appears between a check and the write.
            await using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using var writer = new StreamWriter(stream, Utf8);
            await writer.WriteAsync(PracticeScaffold.Create(title, date, data).AsMemory(), cancellationToken);
        }
        catch (IOException) when (File.Exists(full))
        {
            await error.WriteLineAsync(ConsoleReport.Format(Diagnostic.Error(LibraryCodes.ScaffoldExists,
                "Такой файл уже есть; он не изменён. Выберите другое название или другую дату (--date), или откройте существующий файл.", relative)));
            return ExitCodes.ContentErrors;
        }

        await output.WriteLineAsync("content/" + relative);
        return ExitCodes.Success;
    }
}
