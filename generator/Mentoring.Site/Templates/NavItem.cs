namespace Mentoring.Site.Templates;

/// <summary>An entry of the main navigation.</summary>
public sealed record NavItem(string Title, string Url, int Order, string Source, string? Description = null);
