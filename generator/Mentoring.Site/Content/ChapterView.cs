using System.Collections.Immutable;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Content;

/// <summary>
/// What a template sees as <c>view</c> on a page of a section (a folder of content/ with an index.md): the
/// section it belongs to with its neighbours for «previous / next», and on the section's index its chapters.
/// </summary>
public sealed record ChapterView
{
    /// <summary>The section's index page this page is a chapter of; null on an index that is no chapter itself.</summary>
    public Crumb? Section { get; init; }

    /// <summary>1-based place among the section's chapters; 0 when the page is not a chapter.</summary>
    public int Number { get; init; }

    /// <summary>How many chapters the section has.</summary>
    public int Count { get; init; }

    public ChapterLink? Previous { get; init; }

    public ChapterLink? Next { get; init; }

    /// <summary>On a section's index: its chapters in order, each with its level-2 headings; empty elsewhere.</summary>
    public ImmutableArray<ChapterLink> Chapters { get; init; } = [];

    public bool IsChapter => Number > 0;
}
