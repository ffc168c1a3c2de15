using System.Collections.Frozen;
using System.Globalization;
using Mentoring.Site.Output;
using Mentoring.Site.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mentoring.Site.Templates;

/// <summary>
/// Functions every template can call. Static methods imported by type, so Scriban calls them through typed
/// delegates (imported lambdas would go through reflection on every call — the hottest path of a build).
/// They are pure; what they need of the page comes from the rendering context.
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Create()
    {
        var f = new ScriptObject();
        f.Import(typeof(TemplateFunctions), ScriptMemberImportFlags.Method, member => member.Name != nameof(Create) && member.Name != nameof(FormatNumber));
        return f;
    }

    /// <summary>Relative URL from the page being rendered to an output path ("programma/", "assets/css/site.css").</summary>
    public static string Rel(TemplateContext context, string target) =>
        context is EscapingTemplateContext page ? UrlPaths.Relative(page.PageDestination, target ?? string.Empty) : target ?? string.Empty;

    /// <summary>
    /// The link a page writes to an output path: relative to the page (as <see cref="Rel"/>), but absolute under the
    /// base URL on a system page (the 404 page, which the server shows at any depth, so its relative links would break).
    /// </summary>
    public static string Href(TemplateContext context, string target) =>
        context is EscapingTemplateContext { PageKind: "system", BaseUrl.Length: > 0 } ? AbsUrl(context, target) : Rel(context, target);

    /// <summary>
    /// Whether the page being rendered lies inside the folder of the page at <paramref name="url"/> but is not that
    /// page (a chapter of the programme, a year of monitoring, a practice): its menu item is the current section.
    /// A page at the top level ("index.html", "formy/index.html" is a folder) has no section but its own.
    /// </summary>
    public static bool InSection(TemplateContext context, string url)
    {
        if (context is not EscapingTemplateContext page || string.IsNullOrEmpty(url))
        {
            return false;
        }

        var folder = url.EndsWith("index.html", StringComparison.Ordinal) ? url.AsSpan(0, url.Length - "index.html".Length) : url.AsSpan();
        return folder.Length > 0 && folder.Length < url.Length && page.PageDestination.AsSpan().StartsWith(folder, StringComparison.Ordinal)
            && !string.Equals(page.PageDestination, url, StringComparison.Ordinal);
    }

    /// <summary>A "tel:" link for a phone number written for people ("+7 (000) 000-00-00" → "tel:+70000000000").</summary>
    public static string Tel(string phone)
    {
        phone ??= string.Empty;
        return string.Create(4 + CountDialled(phone), phone, static (span, p) =>
        {
            "tel:".AsSpan().CopyTo(span);
            var at = 4;
            foreach (var c in p)
            {
                if (c is (>= '0' and <= '9') or '+')
                {
                    span[at++] = c;
                }
            }
        });

        static int CountDialled(string p)
        {
            var n = 0;
            foreach (var c in p)
            {
                n += c is (>= '0' and <= '9') or '+' ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>Absolute URL under the configured base URL, or empty when none is configured.</summary>
    public static string AbsUrl(TemplateContext context, string target) =>
        context is EscapingTemplateContext { BaseUrl: { Length: > 0 } baseUrl } ? UrlPaths.Absolute(baseUrl, target ?? string.Empty) : string.Empty;

    public static string DateProse(object? date) => AsDate(date) is { } x ? RussianDates.FormatProse(x) : string.Empty;

    public static string DateNumeric(object? date) => AsDate(date) is { } x ? RussianDates.FormatNumeric(x) : string.Empty;

    public static string DateIso(object? date) => AsDate(date) is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    public static string DatetimeProse(object? value) => value is DateTime x
        ? RussianDates.FormatProse(DateOnly.FromDateTime(x)) + ", " + x.ToString("HH:mm", CultureInfo.InvariantCulture)
        : string.Empty;

    public static string Plural(long n, string one, string few, string many) => RussianPlural.Format(n, one, few, many);

    public static string PluralWord(long n, string one, string few, string many) => RussianPlural.Choose(n, one, few, many);

    /// <summary>The form after «из», «до», «от»: <c>до {{ n }} {{ plural_genitive n 'балла' 'баллов' }}</c> (the forms after 2 and after 5).</summary>
    public static string PluralGenitive(long n, string few, string many) => RussianPlural.ChooseGenitive(n, few, many);

    public static string Number(double value) => FormatNumber(value);

    public static RawHtml Raw(object? value) => value as RawHtml ?? RawHtml.Empty;

    /// <summary>
    /// Replaces Scriban's own include, whose result is a plain string and would be escaped like content:
    /// a partial is template markup, so its output is <see cref="RawHtml"/>. Variables are shared with the caller.
    /// </summary>
    public static RawHtml Include(TemplateContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var templates = (context as EscapingTemplateContext)?.Templates ?? FrozenDictionary<string, Template>.Empty;
        if (!templates.TryGetValue(name, out var template))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"нет шаблона «{name}» для include (есть: {string.Join(", ", templates.Keys.Where(k => k.StartsWith("partials/", StringComparison.Ordinal)))})");
        }

        context.PushOutput();
        try
        {
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>Russian number format: decimal comma, no-break space between thousands.</summary>
    public static string FormatNumber(double value)
    {
        var s = Math.Abs(value - Math.Round(value)) < 1e-9
            ? Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.0#", CultureInfo.InvariantCulture);
        return s.Replace(',', '\u00A0').Replace('.', ',');
    }

    private static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        _ => null,
    };
}
