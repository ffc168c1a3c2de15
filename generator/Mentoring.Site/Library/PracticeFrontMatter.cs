using Mentoring.Site.Yaml;

namespace Mentoring.Site.Library;

/// <summary>
/// Front matter of a practice (content/practices/*.md), bound strictly. Form, model and kind are written
/// as the curator types them («ученик-ученик», «Ученик – ученик») and matched forgivingly against the data.
/// </summary>
public sealed class PracticeFrontMatter : YamlObject
{
    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    [YamlRequired]
    public DateOnly? Date { get; set; }

    [YamlRequired]
    public string Form { get; set; } = string.Empty;

    [YamlRequired]
    public string Model { get; set; } = string.Empty;

    [YamlRequired]
    public string Kind { get; set; } = string.Empty;

    public List<string> Tags { get; set; } = [];

    [YamlRequired]
    public string Summary { get; set; } = string.Empty;

    /// <summary>Teachers only, each with consent; never on a «ученик – ученик» practice.</summary>
    public List<PracticeAuthorEntry> Authors { get; set; } = [];

    /// <summary>Who the author is, without a name: «учитель математики».</summary>
    public string? AuthorRole { get; set; }

    public List<PracticeAttachmentEntry> Attachments { get; set; } = [];

    public PracticeCoverEntry? Cover { get; set; }

    public bool Draft { get; set; }

    public DateOnly? Updated { get; set; }

    /// <summary>True for the practices shipped as examples: the site marks them «Пример».</summary>
    public bool Example { get; set; }

    /// <summary>Overrides the address segment taken from the file name.</summary>
    public string? Slug { get; set; }
}
