using Mentoring.Site.Yaml;

namespace Mentoring.Site.Content;

/// <summary>Front matter of an ordinary page (not a practice).</summary>
public sealed class PageFrontMatter : YamlObject
{
    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? Layout { get; set; }

    public DateOnly? Updated { get; set; }

    public int? NavOrder { get; set; }

    public string? NavTitle { get; set; }

    /// <summary>Place of a page among the pages of its folder (a section with an index.md): 1, 2, 3…</summary>
    public int? Order { get; set; }

    public bool Toc { get; set; }

    public bool Draft { get; set; }

    public string? Slug { get; set; }
}
