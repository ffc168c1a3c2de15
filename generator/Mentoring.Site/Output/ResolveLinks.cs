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
/// Process module of the render pipeline, after layouts. RenderLayouts has finished every page already (with
/// <see cref="Finish"/>: typography, Markdown link placeholders as relative URLs); this step, which runs when every
/// page's ids are known, reports Markdown links to missing files, drafts and missing anchors. A page the build
/// cache supplies is checked the same way, with its ids from the cache.
/// </summary>
public sealed partial class ResolveLinks : IModule
{
    public const string MissingTargetCode = "MNT0320";
    public const string MissingAnchorCode = "MNT0321";
    public const string DraftTargetCode = "MNT0322";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var drafts = context.GetService<DraftRegistry>();
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
            var links = doc.Get<ImmutableArray<LinkReference>>(MetadataKeys.Links);
            if (!IsHtml(doc) || links.IsDefaultOrEmpty)
            {
                return doc;
            }

            // The page is finished (or its file reused): its links are resolved again only for their messages.
            // A link to a missing anchor is reported here; the link check is told to leave it alone.
            HashSet<string>? reported = null;
            foreach (var link in links)
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
        foreach (var m in IdPattern().EnumerateMatches(html))
        {
            // The match is « id="value"».
            var value = html.AsSpan(m.Index + 5, m.Length - 6);
            builder.Add(value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value.ToString()) : Text.StringPool.Get(value));
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
