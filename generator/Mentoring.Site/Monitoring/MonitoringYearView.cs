using Mentoring.Site.Templates;

namespace Mentoring.Site.Monitoring;

/// <summary>What the page of one academic year (layout «monitoring-year») sees as <c>view</c>.</summary>
public sealed class MonitoringYearView
{
    public required YearReport Year { get; init; }

    /// <summary>«Пример данных» while the figures are examples, else null.</summary>
    public string? ExampleNotice { get; init; }

    /// <summary>What «менее 5» and «скрыто» mean.</summary>
    public required string SuppressionNote { get; init; }

    /// <summary>The year before, or null for the first year.</summary>
    public Crumb? Earlier { get; init; }

    /// <summary>The year after, or null for the newest.</summary>
    public Crumb? Later { get; init; }

    /// <summary>The page with the charts over the years.</summary>
    public string? ChartsUrl { get; init; }
}
