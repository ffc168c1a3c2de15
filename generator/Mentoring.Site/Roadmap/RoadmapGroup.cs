using Mentoring.Site.Yaml;

namespace Mentoring.Site.Roadmap;

/// <summary>A group of the roadmap (data/roadmap.yml), as in section 9 of the programme.</summary>
public sealed class RoadmapGroup : YamlObject
{
    [YamlRequired]
    public string Number { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    public List<RoadmapItem> Items { get; set; } = [];
}

public sealed class RoadmapItem : YamlObject
{
    [YamlRequired]
    public string Number { get; set; } = string.Empty;

    [YamlRequired]
    public string Activity { get; set; } = string.Empty;

    [YamlRequired]
    public string Term { get; set; } = string.Empty;

    /// <summary>Last day of the term when the term names one; drives the overdue flag.</summary>
    public DateOnly? Due { get; set; }

    [YamlRequired]
    public string Responsible { get; set; } = string.Empty;

    public string? Result { get; set; }

    [YamlRequired]
    public string Status { get; set; } = string.Empty;

    public DateOnly? Done { get; set; }

    public List<string> Documents { get; set; } = [];
}
