namespace Mentoring.Site.Monitoring;

/// <summary>One academic year, ready for a template: every figure a display string, hidden figures replaced.</summary>
public sealed class YearReport
{
    /// <summary>«2022/2023».</summary>
    public required string Year { get; init; }

    /// <summary>«2022-2023», for anchors.</summary>
    public required string Slug { get; init; }

    public string? Note { get; init; }

    /// <summary>Output path of the year's own page («monitoring/2024-2025/index.html»); null on a site without a monitoring page.</summary>
    public string? Url { get; init; }

    public required string MentorsTeachers { get; init; }

    public required string MentorsStudents { get; init; }

    public required string MentorsTotal { get; init; }

    public required string MenteesYoungSpecialists { get; init; }

    public required string MenteesAdaptingTeachers { get; init; }

    public required string MenteesStudents { get; init; }

    public required string MenteesTotal { get; init; }

    /// <summary>Mentors by kind and mentees by category, with totals.</summary>
    public required DataTable ParticipantsTable { get; init; }

    /// <summary>Every form of forms.yml, in its order; a form not in the year's data has 0 pairs and groups.</summary>
    public required IReadOnlyList<FormRow> Forms { get; init; }

    /// <summary>Forms with their models, pairs and groups.</summary>
    public required DataTable PairsTable { get; init; }

    /// <summary>Events held, or «—» when not given.</summary>
    public required string Events { get; init; }

    /// <summary>Practices published in the library for this year.</summary>
    public required string Practices { get; init; }

    /// <summary>Null until the year's stage-1 analysis is entered.</summary>
    public StageOneReport? Stage1 { get; init; }

    public required IReadOnlyList<StageTwoRow> Stage2 { get; init; }

    /// <summary>Null when the year has no stage-2 parameters.</summary>
    public MonitoringChart? Stage2Chart { get; init; }

    public bool HasStage2 => Stage2.Count > 0;
}
