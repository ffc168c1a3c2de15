using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>Mentors by kind. <see cref="Total"/> is optional; when given it must equal the sum.</summary>
public sealed class MentorCounts : YamlObject
{
    /// <summary>Педагоги.</summary>
    [YamlRequired]
    public int? Teachers { get; set; }

    /// <summary>Обучающиеся.</summary>
    [YamlRequired]
    public int? Students { get; set; }

    public int? Total { get; set; }
}
