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
            .Concat(context.OutputsOf(PipelineNames.Search))
            .Concat(context.OutputsOf(PipelineNames.Files))
            .Concat(context.OutputsOf(PipelineNames.Assets))
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Most links of a page are shared with other pages (navigation, footer, cards, facets), and where a link
        // leads depends only on the folder it climbs to: «../../programma/index.html» from any page two folders
        // deep, «../teg/x/index.html» from any practice. Each (folder climbed to, link) is checked once.
        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<(string Base, string Url), string>();
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
            var bases = Bases(doc.Destination!);
            foreach (var raw in links)
            {
                // A link to an anchor of the page itself, or one that stays in the page's own folder, depends on the
                // page; a link that climbs higher than the root is reported as such. Neither is shared.
                var up = Climbs(raw);
                var problem = up > 0 && up < bases.Length
                    ? verdicts.GetOrAdd((bases[up], raw), key => Check(doc, key.Url, all) ?? NoProblem) is var v && ReferenceEquals(v, NoProblem) ? null : v
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

    /// <summary>
    /// The folders a link from <paramref name="destination"/> climbs to: [n] is the page's folder with n segments cut
    /// («kopilka/teg/x/index.html» → «kopilka/teg/x/», «kopilka/teg/», «kopilka/», «»).
    /// </summary>
    private static string[] Bases(string destination)
    {
        var depth = destination.AsSpan().Count('/');
        var bases = new string[depth + 1];
        var end = destination.LastIndexOf('/');
        for (var n = 0; n <= depth; n++)
        {
            bases[n] = end < 0 ? string.Empty : destination[..(end + 1)];
            end = end <= 0 ? -1 : destination.LastIndexOf('/', end - 1);
        }

        return bases;
    }

    /// <summary>How many «../» a link starts with.</summary>
    private static int Climbs(string url)
    {
        var n = 0;
        while (url.AsSpan(n * 3).StartsWith("../", StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    /// <summary>Every href and src value of <paramref name="html"/>, decoded, in order.</summary>
    public static ImmutableArray<string> LinksOf(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var links = ImmutableArray.CreateBuilder<string>();
        foreach (var m in LinkPattern().EnumerateMatches(html))
        {
            // The match is « href="value"»: the value lies between its first quote and its last character.
            var match = html.AsSpan(m.Index, m.Length);
            var value = match[(match.IndexOf('"') + 1)..^1];
            links.Add(value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : Text.StringPool.Get(value));
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
