namespace Mentoring.Site.Build;

/// <summary>Everything a build needs to know that does not come from content: folders, options and the reference date.</summary>
public sealed record BuildSettings
{
    /// <summary>The folder with <c>content/</c> and <c>themes/</c> (the repository root for the school's site).</summary>
    public required string SiteRoot { get; init; }

    /// <summary>Where the finished site goes; default <c>output/</c> under the site root.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml.</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>"Today" for overdue flags and future-date warnings; never written as the build time.</summary>
    public DateOnly ReferenceDate { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Theme folder name under themes/.</summary>
    public string ThemeName { get; init; } = "default";

    /// <summary>Extra markup injected before &lt;/body&gt; (the live-reload script of <c>serve</c>); never in <c>build</c>.</summary>
    public string? InjectBeforeBodyEnd { get; init; }

    /// <summary>Largest text file read, in bytes; larger files are refused with a clear error (site.yml limits.max_file_megabytes).</summary>
    public long MaxTextFileBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of lists and quotes in Markdown (site.yml limits.max_nesting).</summary>
    public int MaxNesting { get; init; } = Markdown.MarkdownRenderer.MaxNesting;

    /// <summary>Most tags on one practice (site.yml limits.max_tags).</summary>
    public int MaxTags { get; init; } = 20;

    /// <summary>
    /// The school's small-count threshold (site.yml limits.small_count_threshold): monitoring counts below it are never
    /// published, and monitoring.yml may raise it but not lower it. Null: monitoring.yml decides (default 5, at least 3).
    /// </summary>
    public int? SmallCountThreshold { get; init; }

    /// <summary>Largest attached document (pdf, docx…), in bytes: 15 MB, the rule for school sites.</summary>
    public long MaxDocumentBytes { get; init; } = 15L * 1024 * 1024;

    public int MaxParallelism { get; init; }

    /// <summary>
    /// Build from nothing: the stored build cache is not read (a fresh one is written after the build). The
    /// command line's <c>--clean</c>.
    /// </summary>
    public bool Clean { get; init; }

    /// <summary>Folder of the build cache; default <c>.mentoring-cache/</c> in the site folder.</summary>
    public string? CachePath { get; init; }

    public string ContentRoot => Path.Combine(SiteRoot, "content");

    public string ThemeRoot => Path.Combine(SiteRoot, "themes", ThemeName);

    public string ResolvedOutputPath => Path.GetFullPath(OutputPath ?? Path.Combine(SiteRoot, "output"));
}
