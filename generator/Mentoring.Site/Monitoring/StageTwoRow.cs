namespace Mentoring.Site.Monitoring;

/// <summary>
/// A stage-2 parameter for the page, every value a display string with its unit («44 %», «9 чел.»,
/// «менее 5», «нет данных: менее 5 участников»).
/// </summary>
public sealed record StageTwoRow(string Name, string Unit, string Base, string Before, string After, string? Note, bool IsSuppressed);
