using System.Collections.Immutable;
using Mentoring.Site.Markdown;

namespace Mentoring.Site.Content;

/// <summary>
/// A page of a section as its neighbours and its section's index show it: number in the section, title, output path,
/// and (on the index only) its level-2 headings, so the index's table of contents reaches every subsection.
/// </summary>
public sealed record ChapterLink(int Number, string Title, string Url, ImmutableArray<Heading> Headings);
