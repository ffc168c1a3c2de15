using System.Text;
using Mentoring.Site.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// Output paths and the relative links between them. Every internal link is relative and names
/// <c>index.html</c> explicitly, so the same output works at a host's root, in any subfolder and from disk.
/// </summary>
public static class UrlPaths
{
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
        var isIndex = segments.Count > 0 && segments[^1] is "index" or "_index";
        if (isIndex)
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
        var suffix = string.Empty;
        var cut = target.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            suffix = target[cut..];
            target = target[..cut];
        }

        if (target.Length == 0 && suffix.StartsWith('#') && cut == 0)
        {
            return suffix;
        }

        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }

        var fromDir = fromDestination.Contains('/', StringComparison.Ordinal) ? fromDestination[..fromDestination.LastIndexOf('/')] : string.Empty;
        var fromParts = fromDir.Length == 0 ? [] : fromDir.Split('/');
        var toParts = target.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && string.Equals(fromParts[common], toParts[common], StringComparison.Ordinal))
        {
            common++;
        }

        var sb = new StringBuilder();
        for (var i = common; i < fromParts.Length; i++)
        {
            sb.Append("../");
        }

        sb.AppendJoin('/', toParts[common..]);
        return sb.Append(suffix).ToString();
    }

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
