namespace Mentoring.Site.Cache;

/// <summary>How much of a build came from the cache: Markdown bodies and pages reused or made anew.</summary>
public sealed record CacheStatistics(int MarkdownReused, int MarkdownRendered, int PagesReused, int PagesRendered)
{
    public static CacheStatistics None { get; } = new(0, 0, 0, 0);

    /// <summary>Practices taken from the cache without reading their files.</summary>
    public int PracticesReused { get; init; }

    /// <summary>How long reading the cache took (before the pipelines start).</summary>
    public TimeSpan OpenTime { get; init; }

    /// <summary>How long writing the cache for the next build took (while the new output/ is swapped in).</summary>
    public TimeSpan SaveTime { get; init; }
}
