using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;

namespace Mentoring.Site.Output;

/// <summary>
/// PostProcess module: checks every relative <c>href</c> and <c>src</c> of every page against the files the
/// build will write, anchors included. Catches what Markdown checks cannot see: links made by templates and data.
/// A finished page is checked with the links RenderLayouts kept, a page from the build cache with those the
/// cache recorded.
/// </summary>
public sealed partial class CheckLinks : IModule
{
    public const string BrokenLinkCode = "MNT0330";

    private static readonly string NoProblem = new('-', 1);

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = input
            .Concat(context.OutputsOf(PipelineNames.Files))
            .Concat(context.OutputsOf(PipelineNames.Assets))
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Pages in one folder share most links (navigation, footer, facets): there a link to another file is checked
        // once per folder. A page alone in its folder (each practice) is checked directly: remembering its verdicts
        // would only fill a table no other page reads.
        var verdicts = input.Where(d => d.Destination is not null && ResolveLinks.IsHtml(d))
            .GroupBy(d => FolderOf(d.Destination!), StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any())
            .ToFrozenDictionary(g => g.Key, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        await context.ForEachAsync(input, doc =>
        {
            if (!ResolveLinks.IsHtml(doc))
            {
                return doc;
            }

            var links = doc.Get<PageCacheEntry>(MetadataKeys.CachedPage) is { } cached ? cached.Links
                : doc.Get<ImmutableArray<string>>(MetadataKeys.PageLinks) is { IsDefault: false } known ? known
                : LinksOf(doc.Content);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var shared = verdicts.GetValueOrDefault(FolderOf(doc.Destination!));
            foreach (var raw in links)
            {
                // A link to an anchor of the page itself depends on the page, never shared.
                var problem = shared is not null && raw.Length > 0 && raw[0] is not ('#' or '?')
                    ? shared.GetOrAdd(raw, url => Check(doc, url, all) ?? NoProblem) is var v && ReferenceEquals(v, NoProblem) ? null : v
                    : Check(doc, raw, all);
                if (problem is not null && reported.Add(raw))
                {
                    context.Diagnostics.Add(Diagnostic.Error(BrokenLinkCode,
                        $"Битая ссылка «{raw}» на странице «{doc.Destination}»: {problem}. Если ссылка из шаблона — исправьте шаблон, если из текста — исправьте текст.",
                        doc.Source ?? TemplateOf(doc)));
                }
            }

            return doc;
        });
        return input;
    }

    private static string FolderOf(string destination) => destination[..(destination.LastIndexOf('/') + 1)];

    /// <summary>Every href and src value of <paramref name="html"/>, decoded, in order.</summary>
    public static ImmutableArray<string> LinksOf(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var links = ImmutableArray.CreateBuilder<string>();
        foreach (Match m in LinkPattern().Matches(html))
        {
            links.Add(WebUtility.HtmlDecode(m.Groups[2].Value));
        }

        return links.ToImmutable();
    }

    /// <summary>Generated pages have no source file: their links come from their layout.</summary>
    private static string TemplateOf(Document doc) =>
        "themes/default/layouts/" + (doc.Get<string>(MetadataKeys.Layout) ?? "base") + ".html";

    private static string? Check(Document doc, string url, FrozenDictionary<string, Document> all)
    {
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || SchemePattern().IsMatch(url))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? url[..hash] : url;
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        Document? target;
        if (path.Length == 0)
        {
            target = doc;
        }
        else
        {
            var resolved = Combine(doc.Destination!, Uri.UnescapeDataString(path));
            if (resolved is null)
            {
                return "ссылка ведёт выше корня сайта";
            }

            if (!all.TryGetValue(resolved, out target) && !all.TryGetValue(resolved.TrimEnd('/') + "/index.html", out target)
                && !(resolved.Length == 0 && all.TryGetValue("index.html", out target)))
            {
                return $"файла «{resolved}» нет среди файлов сайта";
            }
        }

        if (!string.IsNullOrEmpty(anchor) && ResolveLinks.IsHtml(target))
        {
            var ids = target.Get<ImmutableHashSet<string>>(MetadataKeys.Ids) ?? ResolveLinks.CollectIds(target.Content);
            if (!ids.Contains(anchor))
            {
                return $"на странице «{target.Destination}» нет якоря «#{anchor}»";
            }
        }

        return null;
    }

    /// <summary>Output path that <paramref name="relative"/> points to from <paramref name="fromDestination"/>, or null above the root.</summary>
    public static string? Combine(string fromDestination, string relative)
    {
        ArgumentNullException.ThrowIfNull(fromDestination);
        ArgumentNullException.ThrowIfNull(relative);

        // The folder of the page as a stack of segments kept joined by '/': every page checks dozens of links.
        var slash = fromDestination.LastIndexOf('/');
        var buffer = new char[Math.Max(slash, 0) + relative.Length + 2];
        var length = 0;
        var count = 0;
        if (slash >= 0)
        {
            fromDestination.AsSpan(0, slash).CopyTo(buffer);
            length = slash;
            count = fromDestination.AsSpan(0, slash).Count('/') + 1;
        }

        foreach (var range in relative.AsSpan().Split('/'))
        {
            var seg = relative.AsSpan(range);
            if (seg.Length == 0 || seg is ".")
            {
                continue;
            }

            if (seg is "..")
            {
                if (count == 0)
                {
                    return null;
                }

                count--;
                length = count == 0 ? 0 : buffer.AsSpan(0, length).LastIndexOf('/');
            }
            else
            {
                if (count > 0)
                {
                    buffer[length++] = '/';
                }

                seg.CopyTo(buffer.AsSpan(length));
                length += seg.Length;
                count++;
            }
        }

        if (relative.EndsWith('/') && length > 0)
        {
            buffer[length++] = '/';
        }

        return new string(buffer, 0, length);
    }

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
