namespace Mentoring.Site.Library.Views;

/// <summary>What a list shows of a practice: title, date, form and model, kind, summary and tags, each linked.</summary>
[Cache.FingerprintOnce]
public sealed class PracticeCard
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>Output path of the practice page; pass to <c>rel</c>.</summary>
    public required string Url { get; init; }

    public required DateOnly Date { get; init; }

    public DateOnly? Updated { get; init; }

    public required string Summary { get; init; }

    public required FacetLink Form { get; init; }

    public required FacetLink Model { get; init; }

    public required FacetLink Kind { get; init; }

    public required FacetLink Year { get; init; }

    public IReadOnlyList<FacetLink> Tags { get; init; } = [];

    public string? AuthorRole { get; init; }

    /// <summary>A shipped example: the site marks it «Пример».</summary>
    public bool Example { get; init; }
}
