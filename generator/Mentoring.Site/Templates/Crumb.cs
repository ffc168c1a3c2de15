namespace Mentoring.Site.Templates;

/// <summary>A breadcrumb: title and output path.</summary>
public sealed record Crumb(string Title, string Url);
