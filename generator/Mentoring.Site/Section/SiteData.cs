using System.Collections.Immutable;
using Mentoring.Site.Configuration;
using Mentoring.Site.Roadmap;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>
/// The site's configuration and data, loaded and validated once per build and then read by every
/// template. Known files are typed; any other file in data/ is passed to templates as plain values.
/// </summary>
public sealed class SiteData
{
    public required SiteConfig Config { get; init; }

    public IReadOnlyList<LegalAct> Acts { get; init; } = [];

    public IReadOnlyList<MentoringForm> Forms { get; init; } = [];

    public IReadOnlyList<PracticeKind> Kinds { get; init; } = [];

    public IReadOnlyList<ManagementRow> Management { get; init; } = [];

    public IReadOnlyList<ProgrammeStage> Stages { get; init; } = [];

    public Participants? Participants { get; init; }

    public IReadOnlyList<SchoolDocument> Documents { get; init; } = [];

    public IReadOnlyList<RoadmapGroup> Roadmap { get; init; } = [];

    /// <summary>data/monitoring.yml as parsed YAML; bound later, when the library's counts are known.</summary>
    public YamlNode? MonitoringNode { get; init; }

    public string MonitoringPath { get; init; } = "data/monitoring.yml";

    /// <summary>Other data files by name without extension, as plain dictionaries, lists and strings.</summary>
    public ImmutableSortedDictionary<string, object?> Other { get; init; } = ImmutableSortedDictionary<string, object?>.Empty;

    /// <summary>The newest date among the data files' own dates; pages built from data fall back to it.</summary>
    public DateOnly? Updated => Config.Updated;
}
