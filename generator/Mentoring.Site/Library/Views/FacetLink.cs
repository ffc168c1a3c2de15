namespace Mentoring.Site.Library.Views;

/// <summary>
/// One value of a facet (a form, a model, a kind, a year or a tag) as templates see it: its title, the output
/// path of its page (null when it has no page), how many practices it has, and nested values (a form's models).
/// </summary>
public sealed record FacetLink(string Id, string Title, string? Url, int Count)
{
    /// <summary>True on the facet's own page.</summary>
    public bool Current { get; init; }

    public IReadOnlyList<FacetLink> Children { get; init; } = [];
}
