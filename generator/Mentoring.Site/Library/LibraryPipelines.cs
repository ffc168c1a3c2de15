using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Library.Search;
using Mentoring.Site.Markdown;

namespace Mentoring.Site.Library;

/// <summary>
/// The two pipelines of the methodical library, for <see cref="SiteBuilder"/>:
/// <c>practices</c> reads and checks content/practices/*.md and renders their Markdown;
/// <c>library</c> makes the lists, facet pages, feed and the <c>library</c> template global; <c>search</c> the
/// search index and the filter's data.
/// The render pipeline gathers the pages of both.
/// </summary>
public static class LibraryPipelines
{
    public static bool IsPracticeSource(string contentPath) =>
        contentPath.StartsWith("practices/", StringComparison.Ordinal) && contentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static Pipeline Practices() => new(PipelineNames.Practices, [PipelineNames.Data],
        input: [new ReadPracticeFiles()],
        // Slugs are checked before Markdown so a duplicate is reported once; links come last, when every practice is known.
        process: [new ParsePractices(), new CheckPracticeSlugs(), new RenderMarkdown(), new LinkPractices()]);

    public static Pipeline Library() => new(PipelineNames.Library, [PipelineNames.Data, PipelineNames.Practices, PipelineNames.Pages],
        // CatalogPractices comes first: the other modules read the catalog from its document.
        process: [new CatalogPractices(), new CreateLibraryPages(), new CreateAtomFeed()]);

    /// <summary>
    /// The search index and the filter's card data: made from the library's catalog while the pages are rendered (no
    /// page needs them); the render pipeline checks their links and writes them with its own files.
    /// </summary>
    public static Pipeline Search() => new(PipelineNames.Search, [PipelineNames.Practices, PipelineNames.Pages, PipelineNames.Library],
        process: [new CreateSearchIndex()]);
}
