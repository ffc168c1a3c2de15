using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Section;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Process module of the monitoring pipeline: binds data/monitoring.yml once the library's counts are known
/// (practices per academic year are computed, never typed twice) and offers the anonymised report to every
/// template as the global <c>monitoring</c> (null when the school has no monitoring file). When the site has a
/// monitoring page (layout «monitoring», from <paramref name="pagesPipeline"/>), each year and the charts over the
/// years get pages of their own under it (<see cref="MonitoringPages"/>).
/// </summary>
public sealed class BuildMonitoring(string? practicesPipeline, string? pagesPipeline = null) : IModule
{
    public const string GlobalName = "monitoring";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = LoadSiteData.From(context);
        MonitoringReport? report = null;
        var index = pagesPipeline is null ? null : MonitoringPages.FindIndex(context.OutputsOf(pagesPipeline));
        if (data?.MonitoringNode is not null)
        {
            var practices = practicesPipeline is null ? [] : context.OutputsOf(practicesPipeline);
            var forms = data.Forms.Select(f => (f.Title, (IReadOnlyList<string>)[.. f.Models.Select(m => m.Title)])).ToList();
            var threshold = context.GetService<BuildSettings>().SmallCountThreshold;
            report = MonitoringLoader.Load(data.MonitoringNode, data.MonitoringPath, PracticesPerYear(practices), forms, context.Diagnostics, threshold,
                index is null ? null : MonitoringPages.FolderOf(index));
        }

        var globals = new SortedDictionary<string, object?>(StringComparer.Ordinal) { [GlobalName] = report };
        var output = ImmutableArray.Create(
            Document.Create(null, null, string.Empty, [new(MetadataKeys.Globals, (IReadOnlyDictionary<string, object?>)globals)]));
        return Task.FromResult(report is null || index is null ? output : output.AddRange(MonitoringPages.Create(report, index)));
    }

    /// <summary>Published practices per academic year (1 September – 31 August): «2022/2023» → 4.</summary>
    public static IReadOnlyDictionary<string, int> PracticesPerYear(IEnumerable<Document> practices)
    {
        ArgumentNullException.ThrowIfNull(practices);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in practices)
        {
            if (doc.Destination is null || !doc.TryGet<DateOnly>(MetadataKeys.Date, out var date))
            {
                continue;
            }

            var start = date.Month >= 9 ? date.Year : date.Year - 1;
            var key = Text.RussianDates.AcademicYear(start);
            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        return counts;
    }
}
