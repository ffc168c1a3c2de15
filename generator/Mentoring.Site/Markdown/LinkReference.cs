namespace Mentoring.Site.Markdown;

/// <summary>
/// A link or image in Markdown that points inside the site. The HTML carries a placeholder
/// (<c>mnt-ref:N</c>) until every page's URL is known; then it becomes a relative URL or an error.
/// </summary>
/// <param name="Target">Content-relative path of the target file; empty for an anchor on the same page.</param>
public sealed record LinkReference(string Target, string? Anchor, int Line, int Column, bool IsImage, string Original)
{
    public const string Scheme = "mnt-ref:";

    public static string Placeholder(int index) => Scheme + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
