using System.Globalization;
using Mentoring.Site.Output;
using Mentoring.Site.Text;
using Scriban;
using Scriban.Runtime;

namespace Mentoring.Site.Templates;

/// <summary>
/// Functions every template can call. Built once per build; they are pure, so pages can be rendered in parallel.
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(string? baseUrl)
    {
        var f = new ScriptObject();
        f.Import("rel", new Func<TemplateContext, string, string>(Rel));
        f.Import("abs_url", new Func<string, string>(target => string.IsNullOrEmpty(baseUrl) ? string.Empty : UrlPaths.Absolute(baseUrl, target)));
        f.Import("date_prose", new Func<object?, string>(d => AsDate(d) is { } x ? RussianDates.FormatProse(x) : string.Empty));
        f.Import("date_numeric", new Func<object?, string>(d => AsDate(d) is { } x ? RussianDates.FormatNumeric(x) : string.Empty));
        f.Import("date_iso", new Func<object?, string>(d => AsDate(d) is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty));
        f.Import("datetime_prose", new Func<DateTime?, string>(d => d is { } x
            ? RussianDates.FormatProse(DateOnly.FromDateTime(x)) + ", " + x.ToString("HH:mm", CultureInfo.InvariantCulture)
            : string.Empty));
        f.Import("plural", new Func<long, string, string, string, string>(RussianPlural.Format));
        f.Import("plural_word", new Func<long, string, string, string, string>(RussianPlural.Choose));
        f.Import("number", new Func<double, string>(FormatNumber));
        f.Import("raw", new Func<object?, RawHtml>(v => v as RawHtml ?? RawHtml.Empty));
        return f;
    }

    private static string Rel(TemplateContext context, string target) =>
        context is EscapingTemplateContext page ? UrlPaths.Relative(page.PageDestination, target ?? string.Empty) : target ?? string.Empty;

    private static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        _ => null,
    };

    /// <summary>Russian number format: decimal comma, no-break space between thousands.</summary>
    public static string FormatNumber(double value)
    {
        var s = Math.Abs(value - Math.Round(value)) < 1e-9
            ? Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.0#", CultureInfo.InvariantCulture);
        return s.Replace(',', '\u00A0').Replace('.', ',');
    }
}
