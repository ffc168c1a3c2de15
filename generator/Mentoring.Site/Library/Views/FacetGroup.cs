namespace Mentoring.Site.Library.Views;

/// <summary>A facet dimension with its values: «Формы наставничества», «Виды практик»…</summary>
public sealed record FacetGroup(string Dimension, string Title, IReadOnlyList<FacetLink> Items);
