namespace Mentoring.Site.Library.Search;

/// <summary>A result of <see cref="SearchQuery"/>: the document and why it ranks where it does.</summary>
public sealed record SearchHit(int Id, string Title, string Url, string Date, string Label, int TitleHits, int Score);
