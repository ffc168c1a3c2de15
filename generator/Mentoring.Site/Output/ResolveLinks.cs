using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;
using Mentoring.Site.Content;
using Mentoring.Site.Markdown;
using Mentoring.Site.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// Process module of the render pipeline, after layouts: replaces the link placeholders of Markdown with
/// relative URLs (checking that the page, file and anchor exist), and applies Russian typography to the text of
/// pages RenderLayouts has not typeset already (typography leaves attributes alone, so the order does not matter).
/// In a build the finished page is written to the staging folder at once (see <see cref="OutputTarget.WritesEarly"/>).
/// Runs after all pages are rendered, because anchors may come from templates. A page the build cache supplies
/// keeps its finished file: its ids come from the cache, and its links are still checked here.
/// </summary>
public sealed partial class ResolveLinks : IModule
{
    public const string MissingTargetCode = "MNT0320";
    public const string MissingAnchorCode = "MNT0321";
    public const string DraftTargetCode = "MNT0322";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var drafts = context.GetService<DraftRegistry>();
        var output = context.FindService<OutputTarget>();
        var early = output is { WritesEarly: true } ? Path.GetFullPath(output.StagingPath) : null;
        var cache = context.FindService<BuildCache>() ?? BuildCache.Disabled;
        var withIds = await context.ForEachAsync(input, doc =>
            !IsHtml(doc) || doc.Metadata.ContainsKey(MetadataKeys.Ids) ? doc
            : doc.Get<PageCacheEntry>(MetadataKeys.CachedPage) is { } cached ? doc.WithMetadata(MetadataKeys.Ids, cached.Ids.ToImmutableHashSet(StringComparer.Ordinal))
            : doc.WithMetadata(MetadataKeys.Ids, CollectIds(doc.Content)));

        var bySource = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in withIds.Where(d => d.Source is not null))
        {
            bySource.TryAdd(doc.Source!, doc);
        }

        foreach (var file in context.OutputsOf(PipelineNames.Files))
        {
            bySource.TryAdd(file.Source!, file);
        }

        var targets = bySource.ToFrozenDictionary(StringComparer.Ordinal);
        return await context.ForEachAsync(withIds, doc =>
        {
            if (!IsHtml(doc))
            {
                return doc;
            }

            var html = doc.Content;
            var links = doc.Get<ImmutableArray<LinkReference>>(MetadataKeys.Links);
            if (doc.Metadata.ContainsKey(MetadataKeys.CachedPage) || doc.Metadata.ContainsKey(MetadataKeys.Finished))
            {
                // The page is finished (or its file reused): its links are resolved again only for their messages.
                // A link to a missing anchor is reported here; the link check is told to leave it alone.
                HashSet<string>? reported = null;
                foreach (var link in links.IsDefault ? [] : links)
                {
                    if (Resolve(doc, link, targets, drafts, context.Diagnostics) == "#"
                        && FinishedUrl(doc, link, t => targets.TryGetValue(t, out var d) ? d.Destination : null) is { } url)
                    {
                        (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(url);
                    }
                }

                var pageLinks = doc.Get<ImmutableArray<string>>(MetadataKeys.PageLinks);
                return reported is null || pageLinks.IsDefault ? doc
                    : doc.WithMetadata(MetadataKeys.PageLinks, pageLinks.RemoveAll(reported.Contains));
            }

            if (!links.IsDefaultOrEmpty)
            {
                html = PlaceholderPattern().Replace(html, m =>
                {
                    var index = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                    // The placeholder sits inside an attribute: the anchor is the author's text and may hold a quote.
                    return index < links.Length ? System.Net.WebUtility.HtmlEncode(Resolve(doc, links[index], targets, drafts, context.Diagnostics)) : "#";
                });
            }

            html = Typography.ApplyToHtml(html);
            if (settings.InjectBeforeBodyEnd is { } inject)
            {
                var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
                html = at >= 0 ? html.Insert(at, inject) : html + inject;
            }

            // A finished page goes to the staging folder now and leaves memory; what later steps need of it
            // (its links for the link check, its ids) stays as metadata.
            if (early is not null)
            {
                var pageLinks = CheckLinks.LinksOf(html);
                if (WriteSite.TryWriteEarly(early, doc, html, pageLinks, cache, context.Diagnostics))
                {
                    return doc.WithContent(string.Empty).WithMetadata([new(MetadataKeys.Written, true), new(MetadataKeys.PageLinks, pageLinks)]);
                }
            }

            return doc.WithContent(html);
        });
    }

    /// <summary>
    /// The finished text of a typeset page: its Markdown links as relative URLs (a link to a missing page or a draft
    /// becomes "#", and ResolveLinks reports it), and the preview's script before &lt;/body&gt;.
    /// </summary>
    internal static string Finish(Document doc, string html, IReadOnlyDictionary<string, string> destinations, string? inject)
    {
        var links = doc.Get<ImmutableArray<LinkReference>>(MetadataKeys.Links);
        if (!links.IsDefaultOrEmpty)
        {
            html = PlaceholderPattern().Replace(html, m =>
            {
                var index = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                if (index >= links.Length)
                {
                    return "#";
                }

                return FinishedUrl(doc, links[index], destinations.GetValueOrDefault) is { } url
                    ? System.Net.WebUtility.HtmlEncode(url) // inside an attribute: the anchor is the author's text and may hold a quote
                    : "#";
            });
        }

        if (inject is not null)
        {
            var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
            html = at >= 0 ? html.Insert(at, inject) : html + inject;
        }

        return html;
    }

    /// <summary>The URL <see cref="Finish"/> gives a Markdown link, before anchors are checked; null for a missing target.</summary>
    private static string? FinishedUrl(Document doc, LinkReference link, Func<string, string?> destinationOf)
    {
        string url;
        if (link.Target.Length == 0)
        {
            url = string.Empty;
        }
        else if (destinationOf(link.Target) is { } to)
        {
            url = UrlPaths.Relative(doc.Destination!, to);
        }
        else
        {
            return null;
        }

        return string.IsNullOrEmpty(link.Anchor) ? url : url + "#" + link.Anchor;
    }

    public static bool IsHtml(Document doc) =>
        doc.Destination is { } d && d.EndsWith(".html", StringComparison.Ordinal) && !doc.Metadata.ContainsKey(MetadataKeys.CopyFrom);

    public static ImmutableHashSet<string> CollectIds(string html)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (Match m in IdPattern().Matches(html))
        {
            builder.Add(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        }

        return builder.ToImmutable();
    }

    private static string Resolve(Document doc, LinkReference link, FrozenDictionary<string, Document> targets, DraftRegistry drafts, DiagnosticBag diagnostics)
    {
        var source = doc.Source ?? doc.Destination!;
        Document? target;
        if (link.Target.Length == 0)
        {
            target = doc;
        }
        else if (!targets.TryGetValue(link.Target, out target))
        {
            if (drafts.Contains(link.Target))
            {
                diagnostics.Add(Diagnostic.Error(DraftTargetCode,
                    $"Ссылка «{link.Original}» ведёт на черновик («{link.Target}», draft: true), который не публикуется. Опубликуйте черновик или уберите ссылку.",
                    source, link.Line, link.Column));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(MissingTargetCode,
                    $"Ссылка «{link.Original}» ведёт на несуществующий файл «{link.Target}». Проверьте имя файла (регистр букв важен) и путь относительно этого файла.",
                    source, link.Line, link.Column));
            }

            return "#";
        }

        if (!string.IsNullOrEmpty(link.Anchor))
        {
            var ids = target.Get<ImmutableHashSet<string>>(MetadataKeys.Ids);
            if (ids is null || !ids.Contains(link.Anchor))
            {
                var known = ids is null ? string.Empty : string.Join(", ", TextMatching.Closest(link.Anchor, ids, 3).Select(i => "#" + i));
                diagnostics.Add(Diagnostic.Error(MissingAnchorCode,
                    $"Ссылка «{link.Original}»: на странице «{target.Source ?? target.Destination}» нет раздела «#{link.Anchor}».{(known.Length > 0 ? " Возможно: " + known + "." : string.Empty)}",
                    source, link.Line, link.Column));
                return "#";
            }
        }

        var url = link.Target.Length == 0 ? string.Empty : UrlPaths.Relative(doc.Destination!, target.Destination!);
        return string.IsNullOrEmpty(link.Anchor) ? url : url + "#" + link.Anchor;
    }

    [GeneratedRegex(@"mnt-ref:(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("\\sid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
