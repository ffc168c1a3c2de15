using System.Collections.Immutable;

namespace Mentoring.Site.Library.Views;

/// <summary>The <c>view</c> of a practice page (layout <c>practice</c>).</summary>
public sealed class PracticeView
{
    /// <summary>Title, date, form, model, kind, tags, summary and role, with links to the facet pages.</summary>
    public required PracticeCard Practice { get; init; }

    /// <summary>Authors who gave consent; empty for most practices.</summary>
    public ImmutableArray<PracticeAuthor> Authors { get; init; } = [];

    public ImmutableArray<PracticeAttachment> Attachments { get; init; } = [];

    public PracticeCover? Cover { get; init; }

    /// <summary>Three to five practices sharing the model and tags, best first.</summary>
    public IReadOnlyList<PracticeCard> Related { get; init; } = [];

    /// <summary>The next older practice, or null for the oldest.</summary>
    public PracticeCard? Previous { get; init; }

    /// <summary>The next newer practice, or null for the newest.</summary>
    public PracticeCard? Next { get; init; }

    public string LibraryUrl { get; init; } = LibraryUrls.Index;

    public string SearchUrl { get; init; } = LibraryUrls.Search;
}
