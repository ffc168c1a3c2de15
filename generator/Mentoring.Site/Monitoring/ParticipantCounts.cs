using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>Participants of a year: mentors by kind and mentees by category.</summary>
public sealed class ParticipantCounts : YamlObject
{
    [YamlRequired]
    public MentorCounts? Mentors { get; set; }

    [YamlRequired]
    public MenteeCounts? Mentees { get; set; }
}
