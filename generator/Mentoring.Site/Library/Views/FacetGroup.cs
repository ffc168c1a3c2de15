namespace Mentoring.Site.Library.Views;

/// <summary>A facet dimension with its values: «Формы наставничества», «Виды практик»…</summary>
public sealed record FacetGroup(string Dimension, string Title, IReadOnlyList<FacetLink> Items)
{
    /// <summary>How many values of the dimension are left out of <see cref="Items"/> (the rarest tags of a facet page).</summary>
    public int More { get; init; }

    /// <summary>Where every value is listed when some are left out: the collections page.</summary>
    public string? MoreUrl { get; init; }
}
