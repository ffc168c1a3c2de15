using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>Mentees by category. <see cref="Total"/> is optional; when given it must equal the sum.</summary>
public sealed class MenteeCounts : YamlObject
{
    /// <summary>Молодые специалисты.</summary>
    [YamlRequired]
    public int? YoungSpecialists { get; set; }

    /// <summary>Педагоги в процессе адаптации на новом месте работы.</summary>
    [YamlRequired]
    public int? AdaptingTeachers { get; set; }

    /// <summary>Обучающиеся.</summary>
    [YamlRequired]
    public int? Students { get; set; }

    public int? Total { get; set; }
}
