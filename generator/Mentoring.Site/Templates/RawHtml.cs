namespace Mentoring.Site.Templates;

/// <summary>
/// Markup the generator itself produced (rendered Markdown, SVG charts). Templates write it as is;
/// every other value is HTML-escaped, so content can never inject markup through a template.
/// </summary>
public sealed record RawHtml(string Value)
{
    public static readonly RawHtml Empty = new(string.Empty);

    public override string ToString() => Value;
}
