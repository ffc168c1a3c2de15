using System.Globalization;
using AngleSharp.Dom;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>Small readers over parsed pages, and Russian forms the tests expect.</summary>
internal static class Html
{
    private static readonly string[] MonthsGenitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    public static IElement MainOf(IDocument page) =>
        page.QuerySelector("main") ?? throw new InvalidOperationException("The page has no <main>.");

    /// <summary>The element's text with runs of white space (no-break spaces included) as one space.</summary>
    public static string Text(INode node) =>
        string.Join(' ', node.TextContent.Split([' ', '\u00A0', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> Texts(IParentNode scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(Text)];

    public static IReadOnlyList<string> Norms(IParentNode scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(e => RealContent.Norm(e.TextContent))];

    /// <summary>«29 августа 2022 г.»</summary>
    public static string DateProse(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year} г.");

    /// <summary>«29.08.2022»</summary>
    public static string DateNumeric(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>CLDR «ru» plural: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25…).</summary>
    public static string Plural(int n, string one, string few, string many)
    {
        var mod10 = n % 10;
        var mod100 = n % 100;
        return mod10 == 1 && mod100 != 11 ? one
            : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? few
            : many;
    }

    /// <summary>The output page of a content page: «index.md» → «index.html», «etapy.md» → «etapy/index.html».</summary>
    public static string OutputOf(string markdownPath)
    {
        var withoutExtension = markdownPath[..^".md".Length];
        return withoutExtension == "index" ? "index.html"
            : withoutExtension.EndsWith("/index", StringComparison.Ordinal) ? withoutExtension + ".html"
            : withoutExtension + "/index.html";
    }
}
