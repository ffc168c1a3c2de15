using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// The monitoring section's pages under the folder of the site's monitoring page (the page with layout
/// «monitoring»): one page per academic year with its tables and charts, and one with the charts over the years.
/// The monitoring page itself keeps the summary, so no page grows with every year entered.
/// </summary>
public static class MonitoringPages
{
    public const string IndexLayout = "monitoring";
    public const string YearLayout = "monitoring-year";
    public const string ChartsLayout = "monitoring-charts";
    public const string ChartsSlug = "uchastniki-i-pary";
    public const string ChartsTitle = "Участники и пары по годам";

    /// <summary>«monitoring/» + «2024-2025/index.html».</summary>
    public static string Year(string folder, AcademicYear year)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return folder + year.Slug + "/index.html";
    }

    /// <summary>«monitoring/» + «uchastniki-i-pary/index.html».</summary>
    public static string Charts(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return folder + ChartsSlug + "/index.html";
    }

    /// <summary>The site's monitoring page among the pages: the first, by output path, with layout «monitoring».</summary>
    public static Document? FindIndex(IEnumerable<Document> pages) =>
        pages.Where(d => d.Destination is not null && d.Get<string>(MetadataKeys.Layout) == IndexLayout
                && d.Destination.EndsWith("index.html", StringComparison.Ordinal))
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>«monitoring/index.html» → «monitoring/».</summary>
    public static string FolderOf(Document index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Destination![..^"index.html".Length];
    }

    /// <summary>A page per year and the page of the charts over the years, each a child of the monitoring page.</summary>
    public static ImmutableArray<Document> Create(MonitoringReport report, Document index)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(index);
        var parent = ImmutableArray.Create(new Crumb(index.Get<string>(MetadataKeys.Title) ?? "Мониторинг", index.Destination!));
        var updated = index.TryGet<DateOnly>(MetadataKeys.Updated, out var u) ? u : (DateOnly?)null;
        var pages = ImmutableArray.CreateBuilder<Document>();
        var years = report.Years;
        for (var i = 0; i < years.Count; i++)
        {
            if (years[i].Url is not { } url)
            {
                continue;
            }

            var view = new MonitoringYearView
            {
                Year = years[i],
                ExampleNotice = report.ExampleNotice,
                SuppressionNote = report.SuppressionNote,
                Earlier = i > 0 ? Link(years[i - 1]) : null,
                Later = i + 1 < years.Count ? Link(years[i + 1]) : null,
                ChartsUrl = report.ChartsUrl,
            };
            pages.Add(Page(url, YearTitle(years[i]), YearLayout, view, parent, updated));
        }

        if (report.ChartsUrl is { } charts)
        {
            var view = new MonitoringChartsView
            {
                ParticipantsChart = report.ParticipantsChart,
                PairsChart = report.PairsChart,
                ExampleNotice = report.ExampleNotice,
                SuppressionNote = report.SuppressionNote,
                Years = [.. years.Where(y => y.Url is not null).Select(Link)],
            };
            pages.Add(Page(charts, ChartsTitle, ChartsLayout, view, parent, updated));
        }

        return pages.ToImmutable();
    }

    /// <summary>«Мониторинг за 2024/2025 учебный год».</summary>
    public static string YearTitle(YearReport year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return $"Мониторинг за {year.Year} учебный год";
    }

    private static Crumb Link(YearReport year) => new(year.Year + " учебный год", year.Url!);

    private static Document Page(string destination, string title, string layout, object view, ImmutableArray<Crumb> parents, DateOnly? updated)
    {
        var doc = Document.Create(null, destination, string.Empty,
        [
            new(MetadataKeys.Title, title),
            new(MetadataKeys.Layout, layout),
            new(MetadataKeys.Kind, "monitoring"),
            new(MetadataKeys.View, view),
            new(MetadataKeys.Parents, parents),
        ]);
        return updated is { } date ? doc.WithMetadata(MetadataKeys.Updated, date) : doc;
    }
}
