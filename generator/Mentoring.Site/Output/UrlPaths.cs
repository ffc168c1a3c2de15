using Mentoring.Site.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// Output paths and the relative links between them. Every internal link is relative and names
/// <c>index.html</c> explicitly, so the same output works at a host's root, in any subfolder and from disk.
/// </summary>
public static class UrlPaths
{
    /// <summary>«index.md», «programma/index.md», «o-nas/_index.md»: the page of its folder, not a page of its own.</summary>
    public static bool IsIndexSource(string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var name = sourcePath.AsSpan(sourcePath.LastIndexOf('/') + 1);
        if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return name is "index" or "_index";
    }

    /// <summary>
    /// Output path of a content page: <c>index.md</c> → <c>index.html</c>, <c>programma.md</c> →
    /// <c>programma/index.html</c>, <c>a/index.md</c> → <c>a/index.html</c>; every segment transliterated.
    /// <paramref name="slug"/> replaces the last segment.
    /// </summary>
    public static string PageDestination(string sourcePath, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var withoutExt = sourcePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? sourcePath[..^3] : sourcePath;
        var segments = withoutExt.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (IsIndexSource(sourcePath))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        var slugs = segments.Select(s => Transliteration.ToSlug(s)).ToList();
        if (!string.IsNullOrWhiteSpace(slug))
        {
            if (slugs.Count == 0)
            {
                slugs.Add(slug);
            }
            else
            {
                slugs[^1] = slug;
            }
        }

        return slugs.Count == 0 ? "index.html" : string.Join('/', slugs) + "/index.html";
    }

    /// <summary>
    /// Relative URL from the page at <paramref name="fromDestination"/> to <paramref name="target"/> (an output path;
    /// a folder path ending in '/' or empty means its index.html). Fragments and queries are kept.
    /// </summary>
    public static string Relative(string fromDestination, string target)
    {
        ArgumentNullException.ThrowIfNull(fromDestination);
        ArgumentNullException.ThrowIfNull(target);

        // Called for every link of every page: spans, and one string made at the end.
        var cut = target.AsSpan().IndexOfAny('#', '?');
        if (cut == 0 && target[0] == '#')
        {
            return target;
        }

        var path = cut >= 0 ? target.AsSpan(0, cut) : target.AsSpan();
        var suffix = cut >= 0 ? target.AsSpan(cut) : [];
        var index = path.IsEmpty || path[^1] == '/';
        var fromSlash = fromDestination.LastIndexOf('/');
        var fromRest = fromSlash >= 0 ? fromDestination.AsSpan(0, fromSlash) : [];
        var toSlash = path.LastIndexOf('/');
        var toRest = toSlash >= 0 ? path[..toSlash] : [];
        var fromLeft = !fromRest.IsEmpty;
        var toLeft = toSlash >= 0;

        // The folders both paths share, segment by segment; the target's file name never counts as one.
        var consumed = 0;
        while (fromLeft && toLeft)
        {
            var f = fromRest.IndexOf('/');
            var t = toRest.IndexOf('/');
            var toSegment = t < 0 ? toRest : toRest[..t];
            if (!(f < 0 ? fromRest : fromRest[..f]).SequenceEqual(toSegment))
            {
                break;
            }

            consumed += toSegment.Length + 1;
            fromLeft = f >= 0;
            fromRest = f >= 0 ? fromRest[(f + 1)..] : [];
            toLeft = t >= 0;
            toRest = t >= 0 ? toRest[(t + 1)..] : [];
        }

        var ups = fromLeft ? fromRest.Count('/') + 1 : 0;
        return string.Concat(Ups(ups), path[consumed..], index ? "index.html" : [], suffix);
    }

    private static readonly string[] UpsByCount = [.. Enumerable.Range(0, 16).Select(n => string.Concat(Enumerable.Repeat("../", n)))];

    private static ReadOnlySpan<char> Ups(int count) =>
        count < UpsByCount.Length ? UpsByCount[count] : string.Concat(Enumerable.Repeat("../", count));

    /// <summary>Absolute URL of an output path under <paramref name="baseUrl"/> (with pretty folders, for sitemap and feeds).</summary>
    public static string Absolute(string baseUrl, string destination)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(destination);
        var b = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var d = destination.EndsWith("index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] : destination;
        return b + d;
    }
}
