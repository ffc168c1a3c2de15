using System.Collections.Immutable;
using Mentoring.Site.Markdown;

namespace Mentoring.Site.Templates;

/// <summary>What a template sees as <c>page</c>.</summary>
public sealed class PageModel
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Output path ("programma/index.html"); pass to <c>rel</c> for a link.</summary>
    public required string Url { get; init; }

    public string? Source { get; init; }

    public required RawHtml Content { get; init; }

    public ImmutableArray<Heading> Toc { get; init; } = [];

    public DateOnly? Updated { get; init; }

    public required string Layout { get; init; }

    public required string Kind { get; init; }

    public bool IsHome => Url == "index.html";

    public ImmutableArray<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>The typed front matter (PageFrontMatter, Practice…).</summary>
    public object? Front { get; init; }
}
