using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Text;

namespace Mentoring.Publish.Preview;

/// <summary>
/// The errors of a failed preview build as people see them: the same lines the console prints
/// (<c>path(line,col): ошибка CODE: message</c>), as the overlay's JSON and as a plain page for the case
/// where no build has succeeded yet.
/// </summary>
public sealed class BuildProblems
{
    private BuildProblems(string title, ImmutableArray<Diagnostic> errors)
    {
        Title = title;
        Errors = errors;
    }

    public const string Hint = "Пока ошибки не исправлены, под этой рамкой — последняя удачная версия сайта (кнопка «Скрыть» внизу). Исправьте файл и сохраните его — страница обновится сама.";

    public string Title { get; }

    /// <summary>Errors with display paths (relative to the site folder), in the report's order.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }

    public static BuildProblems From(BuildReport report, Func<string?, string?> displayPath)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(displayPath);
        var errors = report.Diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => d with { Path = d.Path is null ? null : displayPath(d.Path) })
            .ToImmutableArray();
        var title = "Сайт не собран: " + RussianPlural.Format(errors.Length, "ошибка", "ошибки", "ошибок");
        return new BuildProblems(title, errors);
    }

    /// <summary>For a failure that is not the content's fault (an exception in the generator).</summary>
    public static BuildProblems FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = Diagnostic.Error(SiteBuilder.InternalErrorCode,
            $"Сбой генератора: {exception.GetType().Name}: {exception.Message}. Сохраните файл ещё раз; если ошибка повторится, сообщите разработчикам.");
        return new BuildProblems("Сайт не собран: сбой генератора", [error]);
    }

    public static string Where(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return d.Path is null ? string.Empty
            : d.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{d.Path}, строка {d.Line}, символ {Math.Max(d.Column, 1)}")
            : d.Path;
    }

    /// <summary>The overlay's data: title, hint and per error the place, the message and the console line.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", Title);
            json.WriteString("hint", Hint);
            json.WriteStartArray("problems");
            foreach (var d in Errors)
            {
                json.WriteStartObject();
                json.WriteString("file", d.Path);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("code", d.Code);
                json.WriteString("where", Where(d));
                json.WriteString("message", d.Message);
                json.WriteString("text", d.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public PreviewEvent ToEvent() => new(LiveReload.ErrorEvent, ToJson());

    /// <summary>A page shown instead of the site while no build has succeeded; readable without JavaScript.</summary>
    public string ToHtmlPage()
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(Title))
            .Append("</title></head>\n<body style=\"font:16px/1.5 sans-serif;margin:2em\">\n<h1>")
            .Append(WebUtility.HtmlEncode(Title))
            .Append("</h1>\n<p>Удачной сборки ещё не было. Исправьте файл и сохраните его — страница обновится сама.</p>\n<ul>\n");
        foreach (var d in Errors)
        {
            html.Append("<li><strong>").Append(WebUtility.HtmlEncode(Where(d))).Append("</strong><br>")
                .Append(WebUtility.HtmlEncode(d.Message)).Append("<pre>").Append(WebUtility.HtmlEncode(d.ToString())).Append("</pre></li>\n");
        }

        return html.Append("</ul>\n").Append(LiveReload.Tag).Append("</body>\n</html>\n").ToString();
    }
}
