using System.Collections.Immutable;

namespace Mentoring.Site.Markdown;

/// <summary>Rendered body of a page, with what later steps need: internal links, headings and what search needs of its text.</summary>
public sealed record MarkdownResult(string Html, ImmutableArray<LinkReference> Links, ImmutableArray<Heading> Headings, Library.Search.SearchBody Search);
