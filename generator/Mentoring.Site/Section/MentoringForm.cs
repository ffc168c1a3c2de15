using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>A form of mentoring with its models (data/forms.yml). Forms are data: five forms need no code.</summary>
public sealed class MentoringForm : YamlObject
{
    [YamlRequired]
    public string Id { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    [YamlRequired]
    public string Goal { get; set; } = string.Empty;

    public List<string> Tasks { get; set; } = [];

    public List<string> Results { get; set; } = [];

    public List<ParticipantRow> Participants { get; set; } = [];

    [YamlRequired]
    public List<MentoringModel> Models { get; set; } = [];

    public List<MechanismStep> Mechanism { get; set; } = [];
}

public sealed class ParticipantRow : YamlObject
{
    public string? Mentor { get; set; }

    public string? Mentee { get; set; }
}

public sealed class MentoringModel : YamlObject
{
    [YamlRequired]
    public string Id { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    public string? Purpose { get; set; }

    /// <summary>Set after loading: the form this model belongs to.</summary>
    [YamlIgnore]
    public string FormId { get; set; } = string.Empty;
}

public sealed class MechanismStep : YamlObject
{
    [YamlRequired]
    public string Stage { get; set; } = string.Empty;

    public string? Activities { get; set; }
}
