using System.Collections.Immutable;
using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mentoring.Engine;
using Mentoring.Site.Content;
using Mentoring.Site.Text;

namespace Mentoring.Site.Markdown;

/// <summary>
/// The one Markdown pipeline of a build, shared by every document (Markdig pipelines are thread-safe).
/// Besides rendering it gives headings ASCII ids, turns links between content files into placeholders,
/// drops dangerous URL schemes and sanitises raw HTML — so nothing that reaches a page can run script.
/// </summary>
public sealed class MarkdownRenderer
{
    public const string DangerousUrlCode = "MNT0310";
    public const string BadPathCode = "MNT0311";
    public const string HtmlRemovedCode = "MNT0312";
    public const string TooDeepCode = "MNT0313";

    /// <summary>Deepest nesting of quotes and lists accepted; real documents stay far below it.</summary>
    public const int MaxNesting = 48;

    /// <summary>Widest indentation accepted, in columns; deeper indentation makes Markdig's parser slow down sharply.</summary>
    public const int MaxIndent = 200;

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;
    private readonly int _maxNesting;

    /// <param name="maxNesting">Deepest nesting accepted (site.yml limits.max_nesting); never more than <see cref="MaxNesting"/>.</param>
    public MarkdownRenderer(int maxNesting = MaxNesting)
    {
        _maxNesting = Math.Clamp(maxNesting, 1, MaxNesting);
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .Build();
        _sanitizer = CreateSanitizer();
    }

    /// <summary>The sanitiser used for raw HTML in content: the library's safe defaults, plus id and class.</summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Clear();
        foreach (var s in AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(s);
        }

        sanitizer.AllowedSchemes.Add("mnt-ref");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }

    /// <param name="sourcePath">Content-relative path of the document, for link resolution and messages.</param>
    /// <param name="firstLine">Line of the file where <paramref name="markdown"/> starts (after front matter).</param>
    public MarkdownResult Render(string markdown, string sourcePath, int firstLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (FindExcessiveNesting(markdown, _maxNesting) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(TooDeepCode,
                $"Слишком глубокая вложенность списков, цитат или отступов (больше {_maxNesting} уровней). Так не пишут обычный текст — возможно, файл вставлен с ошибкой. Упростите структуру.",
                sourcePath, deep + firstLine - 1, 1));
            return new MarkdownResult(string.Empty, [], [], Library.Search.SearchBody.Empty);
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(TooDeepCode,
                $"Слишком глубокая вложенность элементов Markdown (скобок, выделений, списков или цитат). Упростите структуру.",
                sourcePath, firstLine, 1));
            return new MarkdownResult(string.Empty, [], [], Library.Search.SearchBody.Empty);
        }

        var links = ImmutableArray.CreateBuilder<LinkReference>();
        var headings = ImmutableArray.CreateBuilder<Heading>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var hasRawHtml = false;
        var lineOffset = firstLine - 1;
        var tableLabels = new List<string>();
        var lastHeading = string.Empty;

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                {
                    var text = InlineText(heading.Inline);
                    var baseId = Transliteration.ToSlug(text, 60);
                    if (baseId.Length == 0 || char.IsAsciiDigit(baseId[0]))
                    {
                        baseId = "razdel" + (baseId.Length == 0 ? string.Empty : "-" + baseId);
                    }

                    var id = baseId;
                    for (var n = 2; !usedIds.Add(id); n++)
                    {
                        id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    heading.GetAttributes().Id = id;
                    headings.Add(new Heading(heading.Level, id, text));
                    lastHeading = text;
                    break;
                }

                case Markdig.Extensions.Tables.Table:
                    tableLabels.Add(lastHeading.Length > 0 ? "Таблица: " + lastHeading : "Таблица");
                    break;

                case HtmlBlock:
                case HtmlInline:
                    hasRawHtml = true;
                    break;
                case AutolinkInline auto:
                    if (!IsAllowedAbsolute(auto.Url, out _))
                    {
                        diagnostics.Add(Diagnostic.Warning(DangerousUrlCode,
                            $"Ссылка «{Shorten(auto.Url)}» удалена: разрешены только адреса http, https, mailto и tel.",
                            sourcePath, auto.Line + 1 + lineOffset, auto.Column + 1));
                        auto.Url = "#";
                    }

                    break;
                case LinkInline link when link.Url is not null:
                    link.Url = RewriteUrl(link, sourcePath, lineOffset, links, diagnostics);
                    break;
            }
        }

        var writer = new StringWriter(new StringBuilder(markdown.Length + (markdown.Length / 4)));
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig also checks depth while rendering (long tables, nested inlines).
            diagnostics.Add(Diagnostic.Error(TooDeepCode,
                "Слишком глубокая вложенность элементов Markdown (скобок, выделений, списков, цитат) или слишком большая таблица. Упростите структуру или разделите таблицу.",
                sourcePath, firstLine, 1));
            return new MarkdownResult(string.Empty, [], [], Library.Search.SearchBody.Empty);
        }

        writer.Flush();
        var html = tableLabels.Count > 0 ? WrapTables(writer.ToString(), tableLabels) : writer.ToString();
        if (hasRawHtml)
        {
            if (HtmlDepth.Exceeds(html))
            {
                // Checked before parsing: HTML parsers slow down quadratically with depth.
                diagnostics.Add(Diagnostic.Error(TooDeepCode,
                    $"Слишком глубокая вложенность HTML-разметки в тексте (больше {HtmlDepth.MaxDepth} уровней): так не пишут обычный текст — возможно, разметка вставлена с ошибкой или в ней не закрыты теги. Упростите разметку.",
                    sourcePath, firstLine, 1));
                return new MarkdownResult(string.Empty, [], [], Library.Search.SearchBody.Empty);
            }

            var clean = _sanitizer.Sanitize(html);
            html = clean;
        }

        var headingList = headings.ToImmutable();
        return new MarkdownResult(html, links.ToImmutable(), headingList, Library.Search.SearchBody.From(PlainText(document), headingList));
    }

    /// <summary>
    /// Puts every table in a labelled region that scrolls by itself (also by keyboard), so a wide table never
    /// widens the page on a phone or at 200 % zoom — in the HTML, not by script, so it works without JavaScript.
    /// </summary>
    private static string WrapTables(string html, List<string> labels)
    {
        var sb = new StringBuilder(html.Length + (labels.Count * 96));
        var pos = 0;
        var index = 0;
        while (true)
        {
            var start = html.IndexOf("<table>", pos, StringComparison.Ordinal);
            var end = start < 0 ? -1 : html.IndexOf("</table>", start, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                break;
            }

            end += "</table>".Length;
            var label = index < labels.Count ? labels[index] : "Таблица";
            sb.Append(html, pos, start - pos)
                .Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .Append(System.Net.WebUtility.HtmlEncode(label))
                .Append("\">")
                .Append(html, start, end - start)
                .Append("</div>");
            pos = end;
            index++;
        }

        return sb.Append(html, pos, html.Length - pos).ToString();
    }

    /// <summary>
    /// The first line whose block prefix (indentation, quote markers, list markers) is deeper than any real
    /// text needs, or null. Checked before parsing because such input slows the parser down quadratically.
    /// </summary>
    public static int? FindExcessiveNesting(string markdown, int maxNesting = MaxNesting)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var line = 1;
        var i = 0;
        while (i < markdown.Length)
        {
            var indent = 0;
            var markers = 0;
            var j = i;
            while (j < markdown.Length && markdown[j] != '\n')
            {
                var c = markdown[j];
                if (c == ' ')
                {
                    indent++;
                }
                else if (c == '\t')
                {
                    indent += 4;
                }
                else if (c == '>' || ((c is '-' or '*' or '+') && j + 1 < markdown.Length && markdown[j + 1] == ' '))
                {
                    markers++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    var k = j;
                    while (k < markdown.Length && char.IsAsciiDigit(markdown[k]))
                    {
                        k++;
                    }

                    if (k < markdown.Length && markdown[k] is '.' or ')' && k + 1 < markdown.Length && markdown[k + 1] == ' ')
                    {
                        markers++;
                        j = k;
                    }
                    else
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }

                j++;
            }

            if (indent > MaxIndent || markers > maxNesting)
            {
                return line;
            }

            var next = markdown.IndexOf('\n', j);
            if (next < 0)
            {
                break;
            }

            i = next + 1;
            line++;
        }

        return null;
    }

    private static string RewriteUrl(LinkInline link, string sourcePath, int lineOffset, ImmutableArray<LinkReference>.Builder links, DiagnosticBag diagnostics)
    {
        var url = link.Url!.Trim();
        var line = link.Line + 1 + lineOffset;
        var column = link.Column + 1;
        if (url.Length == 0)
        {
            return url;
        }

        if (url[0] == '#')
        {
            links.Add(new LinkReference(string.Empty, url[1..], line, column, link.IsImage, url));
            return LinkReference.Placeholder(links.Count - 1);
        }

        if (HasScheme(url))
        {
            if (IsAllowedAbsolute(url, out var scheme))
            {
                return url;
            }

            diagnostics.Add(Diagnostic.Warning(DangerousUrlCode,
                $"Ссылка со схемой «{scheme}:» удалена: на сайте разрешены только адреса http, https, mailto и tel.",
                sourcePath, line, column));
            return "#";
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash >= 0 ? url[..hash] : url;
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var resolved = ContentPaths.Resolve(sourcePath, pathPart, out var problem);
        if (resolved is null)
        {
            diagnostics.Add(Diagnostic.Error(BadPathCode,
                $"Ссылка «{ContentPaths.Printable(Shorten(url))}» недопустима: {problem}.", sourcePath, line, column));
            return "#";
        }

        links.Add(new LinkReference(resolved, anchor, line, column, link.IsImage, url));
        return LinkReference.Placeholder(links.Count - 1);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var slash = url.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return false;
        }

        // Windows drive letters ("C:\...") are paths, handled (and refused) by the path rules.
        return !(colon == 1 && char.IsAsciiLetter(url[0]));
    }

    private static bool IsAllowedAbsolute(string url, out string scheme)
    {
        // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" runs.
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        scheme = colon > 0 ? compact[..colon].ToLowerInvariant() : string.Empty;
        return AllowedSchemes.Contains(scheme, StringComparer.Ordinal);
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline lit:
                    sb.Append(lit.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Text of the document for search and summaries: paragraphs and headings, no markup.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock || block.Parent is FootnoteGroup)
            {
                continue;
            }

            if (block.Inline is not null)
            {
                var t = InlineText(block.Inline);
                if (t.Length > 0)
                {
                    sb.Append(t).Append('\n');
                }
            }
        }

        return sb.ToString();
    }
}
