using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Mentoring.Site.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="RawHtml"/>.
/// Also knows the page being rendered, so URL helpers can make links relative to it.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(string pageDestination)
    {
        PageDestination = pageDestination;
    }

    /// <summary>Output path of the page being rendered ("programma/index.html"); set before each render of a reused context.</summary>
    public string PageDestination { get; set; }

    /// <summary>The theme's parsed templates, for <c>include</c>.</summary>
    public System.Collections.Frozen.FrozenDictionary<string, Scriban.Template> Templates { get; init; } =
        System.Collections.Frozen.FrozenDictionary<string, Scriban.Template>.Empty;

    /// <summary>Base URL of the site for absolute links (feeds, 404); empty when not configured. Set before each render.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The kind of the page being rendered (<c>page.kind</c>: "page", "practice", "system"…); set before each render.</summary>
    public string PageKind { get; set; } = string.Empty;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            return Write(raw.Value);
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return Write(WebUtility.HtmlEncode(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
