using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>Roles and the bases of mentors and mentees (data/participants.yml).</summary>
public sealed class Participants : YamlObject
{
    public List<Role> Roles { get; set; } = [];

    public List<CategoryList> MenteeBases { get; set; } = [];

    public CategoryList? MentorBase { get; set; }

    public string? Formation { get; set; }
}

public sealed class Role : YamlObject
{
    [YamlRequired]
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }
}

public sealed class CategoryList : YamlObject
{
    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    public List<string> Categories { get; set; } = [];
}
