namespace Mentoring.Site.Library.Search;

/// <summary>
/// A page or practice as the search index sees it. <see cref="Summary"/> and <see cref="Excerpt"/> are what the
/// browser shows as the result's snippet; <see cref="Meta"/> and <see cref="Body"/> are only indexed. A rendered body
/// comes as <see cref="BodyCounts"/> (its terms already counted) and <see cref="Body"/> is then empty.
/// </summary>
public sealed record SearchDocument(string Title, string Url, DateOnly? Date, string Label, string Summary, string Excerpt, string Meta, string Body,
    System.Collections.Immutable.ImmutableArray<KeyValuePair<string, int>> BodyCounts = default);
