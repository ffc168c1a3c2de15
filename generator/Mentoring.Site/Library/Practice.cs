using System.Collections.Immutable;
using Mentoring.Site.Section;

namespace Mentoring.Site.Library;

/// <summary>
/// A practice after validation: form, model and kind resolved to the site's data, tags given stable slugs,
/// files checked, and only what may be published kept (authors with consent, never a pupil).
/// </summary>
public sealed record Practice
{
    /// <summary>Content-relative path of the Markdown file.</summary>
    public required string Source { get; init; }

    /// <summary>Address segment: the transliterated file name, or the <c>slug</c> field.</summary>
    public required string Slug { get; init; }

    /// <summary>Line of the <c>slug</c> field, or 1 when the slug comes from the file name.</summary>
    public int SlugLine { get; init; } = 1;

    public string Url => LibraryUrls.Practice(Slug);

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    public DateOnly? Updated { get; init; }

    /// <summary>The date readers see as «Дата обновления»: <see cref="Updated"/> when given, otherwise <see cref="Date"/>.</summary>
    public DateOnly LastChanged => Updated is { } u && u > Date ? u : Date;

    public required MentoringForm Form { get; init; }

    public required MentoringModel Model { get; init; }

    public required PracticeKind Kind { get; init; }

    public ImmutableArray<PracticeTag> Tags { get; init; } = [];

    public required string Summary { get; init; }

    public string? AuthorRole { get; init; }

    public ImmutableArray<PracticeAuthor> Authors { get; init; } = [];

    public ImmutableArray<PracticeAttachment> Attachments { get; init; } = [];

    public PracticeCover? Cover { get; init; }

    public bool Example { get; init; }
}
