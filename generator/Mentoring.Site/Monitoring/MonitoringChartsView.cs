using Mentoring.Site.Templates;

namespace Mentoring.Site.Monitoring;

/// <summary>What the page of the charts over the years (layout «monitoring-charts») sees as <c>view</c>.</summary>
public sealed class MonitoringChartsView
{
    public MonitoringChart? ParticipantsChart { get; init; }

    public MonitoringChart? PairsChart { get; init; }

    /// <summary>«Пример данных» while the figures are examples, else null.</summary>
    public string? ExampleNotice { get; init; }

    /// <summary>What «менее 5» and «скрыто» mean.</summary>
    public required string SuppressionNote { get; init; }

    /// <summary>The pages of the years, oldest first.</summary>
    public required IReadOnlyList<Crumb> Years { get; init; }
}
