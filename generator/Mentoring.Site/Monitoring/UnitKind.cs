namespace Mentoring.Site.Monitoring;

/// <summary>What a stage-2 value measures, from its unit.</summary>
public enum UnitKind
{
    /// <summary>Anything else: «балл», «ч»…</summary>
    Other,

    /// <summary>A count of people: «чел.», «человек».</summary>
    People,

    /// <summary>A percentage (of people): «%».</summary>
    Percent,
}
