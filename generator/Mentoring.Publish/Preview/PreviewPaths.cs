namespace Mentoring.Publish.Preview;

/// <summary>Paths of the preview: the base path taken from base_url, and site-relative names of changed files.</summary>
public static class PreviewPaths
{
    /// <summary>
    /// The path part of <c>base_url</c> (<c>https://school.example/nastavnichestvo/</c> → <c>/nastavnichestvo/</c>),
    /// always with slashes at both ends; <c>/</c> when there is none.
    /// </summary>
    public static string BasePathOf(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return "/";
        }

        var path = Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsolutePath
            : baseUrl.Trim();
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }

    /// <summary>
    /// A path under <paramref name="root"/> as the site sees it (<c>content/о-школе/история.md</c>), whatever the
    /// separator of the system that reported it; null when it is not under the root.
    /// </summary>
    public static string? ToSiteRelative(string root, string fullPath, char separator, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(fullPath);
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = root.EndsWith(separator) ? root : root + separator;
        if (!fullPath.StartsWith(prefix, comparison))
        {
            return null;
        }

        var relative = fullPath[prefix.Length..];
        return separator == '/' ? relative : relative.Replace(separator, '/');
    }

    /// <summary>The same for this system's separator and case rules.</summary>
    public static string? ToSiteRelative(string root, string fullPath) =>
        ToSiteRelative(root, fullPath, Path.DirectorySeparatorChar, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS());
}
