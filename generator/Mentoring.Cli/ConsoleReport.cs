using System.Globalization;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Spectre.Console;

namespace Mentoring.Cli;

/// <summary>Prints diagnostics in the editor/CI shape and a closing summary in Russian.</summary>
public static class ConsoleReport
{
    /// <summary>Diagnostic paths are content-relative; people and editors want them relative to the site folder.</summary>
    public static string DisplayPath(string? path) => path switch
    {
        null => string.Empty,
        _ when path.StartsWith("themes/", StringComparison.Ordinal) || path.StartsWith("layouts/", StringComparison.Ordinal)
            || path.StartsWith("partials/", StringComparison.Ordinal) || path.StartsWith("content", StringComparison.Ordinal) || Path.IsPathRooted(path) => path,
        _ => "content/" + path,
    };

    public static string Format(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return (d with { Path = d.Path is null ? null : DisplayPath(d.Path) }).ToString();
    }

    public static void PrintDiagnostics(BuildReport report, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var d in report.Diagnostics)
        {
            error.WriteLine(Format(d));
        }
    }

    public static void PrintSummary(BuildReport report, BuildMode mode, bool timings, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
        var errors = Plural(report.ErrorCount, "ошибка", "ошибки", "ошибок");
        var warnings = Plural(report.WarningCount, "предупреждение", "предупреждения", "предупреждений");
        if (timings)
        {
            var table = new Table().AddColumns("Конвейер", "Фаза", "Модуль", "Документов", "Время, мс");
            foreach (var t in report.Timings)
            {
                table.AddRow(t.Pipeline, t.Phase.ToString(), t.Module, t.DocumentsOut.ToString(CultureInfo.InvariantCulture),
                    t.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            var c = report.Cache;
            console.MarkupLine(Markup.Escape(
                $"Кэш сборки: страниц взято готовыми — {c.PagesReused}, собрано заново — {c.PagesRendered}; текстов Markdown взято готовыми — {c.MarkdownReused}, разобрано заново — {c.MarkdownRendered}; практик взято без чтения файла — {c.PracticesReused}."));
            console.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"),
                $"Кэш прочитан за {c.OpenTime.TotalMilliseconds:N0} мс, записан за {c.SaveTime.TotalMilliseconds:N0} мс.")));
            console.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"),
                $"Сборка мусора: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} (поколения 0 / 1 / 2), паузы {GC.GetTotalPauseDuration().TotalMilliseconds:N0} мс, выделено {GC.GetTotalAllocatedBytes() / (1 << 20):N0} МБ.")));
            console.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"),
                $"Компиляция на лету (JIT): методов {System.Runtime.JitInfo.GetCompiledMethodCount():N0}, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:N0} мс.")));
        }

        if (report.Succeeded)
        {
            var what = mode == BuildMode.Build
                ? $"Готово: {Plural(report.Pages, "страница", "страницы", "страниц")} и {Plural(report.Files, "файл", "файла", "файлов")} в «{report.OutputPath}»"
                : $"Проверка пройдена: {Plural(report.Pages, "страница", "страницы", "страниц")}, {Plural(report.Files, "файл", "файла", "файлов")}";
            console.MarkupLine($"[green]{Markup.Escape(what)}[/]; {errors}, {warnings}; {seconds} с.");
        }
        else
        {
            var tail = mode == BuildMode.Build ? " Сайт не изменён: в папке вывода осталась прежняя версия." : string.Empty;
            console.MarkupLine($"[red]Сборка не удалась[/]: {errors}, {warnings}; {seconds} с.{Markup.Escape(tail)}");
        }
    }

    private static string Plural(int n, string one, string few, string many) => Site.Text.RussianPlural.Format(n, one, few, many);
}
