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

    /// <summary>Output path of the page being rendered ("programma/index.html").</summary>
    public string PageDestination { get; }

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
