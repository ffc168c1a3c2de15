namespace Mentoring.Site.Monitoring;

/// <summary>A model of a form, with its canonical title.</summary>
internal sealed record CatalogModel(string Title, string Key);
