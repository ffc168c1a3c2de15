namespace Mentoring.Site.Monitoring;

/// <summary>Pairs and groups of a form in a year, as display strings (already suppressed), with its models.</summary>
public sealed record FormRow(string Title, string Pairs, string Groups, IReadOnlyList<ModelRow> Models)
{
    public bool HasModels => Models.Count > 0;
}
