using System.Collections.Immutable;
using Mentoring.Site.Cache;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Markdown;

/// <summary>
/// Rendered body of a page, with what later steps need: internal links, headings and what search needs of its text.
/// A body from the build cache is read only when a page is rendered with it: a rebuild reuses most pages, which
/// need only the body's fingerprint (<see cref="HtmlFingerprint"/>, kept with it), not its text.
/// </summary>
public sealed class MarkdownResult
{
    private string? _html;
    private UInt128? _htmlFingerprint;

    public MarkdownResult(string html, ImmutableArray<LinkReference> links, ImmutableArray<Heading> headings, Library.Search.SearchBody search)
    {
        ArgumentNullException.ThrowIfNull(html);
        _html = html;
        Links = links;
        Headings = headings;
        Search = search;
    }

    /// <summary>A body from the build cache: its HTML is read from the cache's file when first asked for.</summary>
    internal MarkdownResult(Cache.StoredHtml stored, ImmutableArray<LinkReference> links, ImmutableArray<Heading> headings, Library.Search.SearchBody search)
    {
        Stored = stored;
        _htmlFingerprint = stored.Fingerprint;
        Links = links;
        Headings = headings;
        Search = search;
    }

    /// <summary>Where the HTML of a body from the cache lies (the cache copies it from there when it writes the file again).</summary>
    internal Cache.StoredHtml? Stored { get; }

    /// <summary>
    /// The HTML; read on first use for a body from the cache (two threads may both read it: same text). Throws
    /// <see cref="Cache.CacheDamagedException"/> when the cache's file no longer holds it.
    /// </summary>
    public string Html => _html ??= Stored!.Load();

    /// <summary>True when the text is at hand (rendered in this build, or decoded already).</summary>
    public bool IsDecoded => _html is not null;

    /// <summary><see cref="Fingerprint.Of(string)"/> of <see cref="Html"/>.</summary>
    public UInt128 HtmlFingerprint => _htmlFingerprint ??= Fingerprint.Of(Html);

    public ImmutableArray<LinkReference> Links { get; }

    public ImmutableArray<Heading> Headings { get; }

    public Library.Search.SearchBody Search { get; }

    /// <summary>The body as templates write it, its text not decoded until a template does.</summary>
    public RawHtml ToRawHtml() => _html is { } html ? new RawHtml(html) : RawHtml.Lazy(() => Html, HtmlFingerprint);
}
