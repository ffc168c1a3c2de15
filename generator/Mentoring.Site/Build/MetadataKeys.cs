namespace Mentoring.Site.Build;

/// <summary>Names of document metadata shared between modules.</summary>
public static class MetadataKeys
{
    /// <summary>Title of the page (string).</summary>
    public const string Title = "title";

    /// <summary>Layout name without folder and extension ("page"); documents without it are written as they are.</summary>
    public const string Layout = "layout";

    /// <summary>Typed front matter (PageFrontMatter, Practice…).</summary>
    public const string Front = "front";

    /// <summary>Line of the source file where the Markdown body starts.</summary>
    public const string BodyLine = "body-line";

    /// <summary>Internal links of the body (ImmutableArray&lt;LinkReference&gt;).</summary>
    public const string Links = "links";

    /// <summary>Headings of the body (ImmutableArray&lt;Heading&gt;).</summary>
    public const string Headings = "headings";

    /// <summary>What search needs of the body: term counts and the start of its text (SearchBody).</summary>
    public const string SearchBody = "search-body";

    /// <summary>Date shown as «Дата обновления» (DateOnly).</summary>
    public const string Updated = "updated";

    /// <summary>Extra values for the layout, exposed to templates as <c>view</c>.</summary>
    public const string View = "view";

    /// <summary>Full path of a file to copy instead of writing Content.</summary>
    public const string CopyFrom = "copy-from";

    /// <summary>Page kind: "page", "practice", "library", "system".</summary>
    public const string Kind = "kind";

    /// <summary>The site's data (SiteData), on the one document of the data pipeline.</summary>
    public const string SiteData = "site-data";

    /// <summary>Breadcrumb parents: list of (title, destination).</summary>
    public const string Parents = "parents";

    /// <summary>True for pages that must not get the typographer (machine-readable files).</summary>
    public const string Raw = "raw";

    /// <summary>Position in the main navigation (int); pages without it are not in the menu.</summary>
    public const string NavOrder = "nav-order";

    /// <summary>Short title for the navigation (string).</summary>
    public const string NavTitle = "nav-title";

    /// <summary>Ids present in the final HTML (ImmutableHashSet&lt;string&gt;), for anchor checks.</summary>
    public const string Ids = "ids";

    /// <summary>
    /// On a document without destination: values (IReadOnlyDictionary&lt;string, object?&gt;) that every template
    /// sees as globals — how the library and monitoring share their summaries with other pages.
    /// </summary>
    public const string Globals = "globals";

    /// <summary>On a practice whose file was not read (CachedPractice): the build cache's record of it, for ParsePractices.</summary>
    public const string CachedPractice = "cached-practice";

    /// <summary>On a practice file just read (SourceStamp): its stamp, under which the parsed practice is cached.</summary>
    public const string SourceStamp = "source-stamp";

    /// <summary>The rendered Markdown body (MarkdownResult); a body from the cache is decoded only when its page renders.</summary>
    public const string Body = "body";

    /// <summary>Fingerprint of a Markdown body (UInt128): its file, first line and text.</summary>
    public const string MarkdownKey = "markdown-key";

    /// <summary>Fingerprint of everything a page is made from (UInt128), set by RenderLayouts when the page can be cached.</summary>
    public const string PageFingerprint = "page-fingerprint";

    /// <summary>On a page the build cache supplies (PageCacheEntry): its content is not rendered, its file is reused.</summary>
    public const string CachedPage = "cached-page";

    /// <summary>Relative links (href/src values, decoded) of a finished page (ImmutableArray&lt;string&gt;), for the link check and the cache.</summary>
    public const string PageLinks = "page-links";

    /// <summary>True on a page already written to the staging folder (bool): its content is empty, WriteSite skips it.</summary>
    public const string Written = "written";

    /// <summary>
    /// True on a page RenderLayouts finished (typography, links, preview script): its content is empty once written
    /// or checked; ResolveLinks only reports its Markdown links' problems.
    /// </summary>
    public const string Finished = "finished";

    /// <summary>Date of a practice or dated page (DateOnly).</summary>
    public const string Date = "date";
}
