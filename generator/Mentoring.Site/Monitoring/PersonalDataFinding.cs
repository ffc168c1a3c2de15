namespace Mentoring.Site.Monitoring;

/// <summary>
/// A piece of free text that looks like personal data: the code (MNT08xx), the fragment found,
/// the rule broken and how to fix it, in Russian.
/// </summary>
public sealed record PersonalDataFinding(string Code, string Fragment, string Rule, string Fix);
