using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// What a browser could run in a page, found by parsing it as a browser does (AngleSharp), never by string search:
/// entities, mixed case and whitespace inside schemes are all decoded before the checks.
/// </summary>
internal static class HtmlSafety
{
    /// <summary>Attributes whose value a browser loads or navigates to.</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "srcset", "poster", "background", "cite", "longdesc", "lowsrc",
        "dynsrc", "ping", "codebase", "archive", "manifest", "icon", "profile", "usemap", "xlink:href", "xml:base",
    };

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "fencedframe",
    };

    /// <summary>SVG animation elements can set an href to a script URL through these attributes.</summary>
    private static readonly HashSet<string> AnimationElements = new(StringComparer.OrdinalIgnoreCase) { "animate", "set", "animatemotion", "animatetransform" };

    /// <summary>A script element as the page holds it: its src (as written) and its inline text.</summary>
    public readonly record struct ScriptKey(string? Src, string Text);

    /// <summary>
    /// Every problem in <paramref name="html"/>. A script element is allowed only when it loads a file from the
    /// theme's assets/js/ folder and it is one of <paramref name="ownScripts"/> (the theme's scripts, from a clean build);
    /// with <paramref name="ownScripts"/> null, no script at all is allowed (a fragment of content).
    /// </summary>
    public static List<string> Problems(string html, IReadOnlySet<ScriptKey>? ownScripts = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script")
            {
                var key = Key(element);
                var fromTheme = key.Src is { } src && IsThemeScript(src) && key.Text.Trim().Length == 0;
                if (ownScripts is null || !fromTheme || !ownScripts.Contains(key))
                {
                    problems.Add("script: " + Shorten(element.OuterHtml));
                }
            }

            if (ForbiddenElements.Contains(name))
            {
                problems.Add(name + ": " + Shorten(element.OuterHtml));
            }

            if (name == "meta" && string.Equals(element.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("meta refresh: " + Shorten(element.OuterHtml));
            }

            if (name == "style" && IsDangerousCss(element.TextContent))
            {
                problems.Add("style element: " + Shorten(element.OuterHtml));
            }

            foreach (var attr in element.Attributes)
            {
                var attrName = attr.Name;
                if (attr.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"event handler {attrName} on <{name}>: " + Shorten(element.OuterHtml));
                }

                if ((UrlAttributes.Contains(attrName) || UrlAttributes.Contains(attr.LocalName)) && IsScriptUrl(attr.Value))
                {
                    problems.Add($"script URL in {attrName} of <{name}>: {Shorten(attr.Value)}");
                }

                if (attr.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"srcdoc on <{name}>");
                }

                if (attr.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && IsDangerousCss(attr.Value))
                {
                    problems.Add($"dangerous style on <{name}>: {Shorten(attr.Value)}");
                }

                if (AnimationElements.Contains(name) && attr.LocalName is "values" or "to" or "from" or "by" && IsScriptUrl(attr.Value.Split(';')[0]))
                {
                    problems.Add($"animation to a script URL on <{name}>: {Shorten(attr.Value)}");
                }
            }
        }

        return problems;
    }

    /// <summary>The scripts of a page, for comparison with the clean build.</summary>
    public static IEnumerable<ScriptKey> Scripts(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("script").Select(Key);

    /// <summary>javascript:, vbscript: and data: URLs, however written: browsers drop whitespace and controls inside the scheme.</summary>
    public static bool IsScriptUrl(string value)
    {
        var compact = new string([.. value.Where(c => c > ' ' && !char.IsControl(c))]).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
            || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal)
            || compact.StartsWith("livescript:", StringComparison.Ordinal)
            || compact.Contains(",javascript:", StringComparison.Ordinal) // srcset lists
            || compact.Contains(",data:", StringComparison.Ordinal);
    }

    public static bool IsDangerousCss(string css)
    {
        var compact = new string([.. css.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant()
            .Replace("/**/", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
        return compact.Contains("expression(", StringComparison.Ordinal)
            || compact.Contains("javascript:", StringComparison.Ordinal)
            || compact.Contains("vbscript:", StringComparison.Ordinal)
            || compact.Contains("-moz-binding", StringComparison.Ordinal)
            || compact.Contains("behavior:", StringComparison.Ordinal)
            || compact.Contains("@import", StringComparison.Ordinal);
    }

    private static bool IsThemeScript(string src)
    {
        if (src.Contains(':', StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var path = src.Split('?', '#')[0];
        while (path.StartsWith("../", StringComparison.Ordinal))
        {
            path = path[3..];
        }

        return path.StartsWith("assets/js/", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal);
    }

    private static ScriptKey Key(IElement script)
    {
        var src = script.GetAttribute("src");
        if (src is not null)
        {
            // "../../assets/js/a11y.js" and "assets/js/a11y.js" are the same script at different depths.
            while (src.StartsWith("../", StringComparison.Ordinal))
            {
                src = src[3..];
            }
        }

        return new ScriptKey(src, script.TextContent);
    }

    private static string Shorten(string s) => s.Length > 200 ? s[..200] + "…" : s;
}

