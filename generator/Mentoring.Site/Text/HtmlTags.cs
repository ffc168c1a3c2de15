using System.Collections.Frozen;

namespace Mentoring.Site.Text;

/// <summary>Element names the HTML scanner needs to know; everything unknown counts as a block.</summary>
internal static class HtmlTags
{
    private static readonly FrozenDictionary<string, HtmlTagRole>.AlternateLookup<ReadOnlySpan<char>> Roles =
        BuildRoles().GetAlternateLookup<ReadOnlySpan<char>>();

    public static HtmlTagRole RoleOf(ReadOnlySpan<char> name)
    {
        // Every page has thousands of tags: ASCII names are answered by a switch; the table decides the rest.
        if (name.Length <= MaxKnownLength && !name.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            Span<char> lower = stackalloc char[MaxKnownLength];
            int length = name.ToLowerInvariant(lower);
            return RoleOfLowerAscii(lower[..length]);
        }

        return Roles.TryGetValue(name, out HtmlTagRole role) ? role : HtmlTagRole.Block;
    }

    private const int MaxKnownLength = 8;

    /// <summary>The table of known names, for the test that the switch agrees with it.</summary>
    internal static IEnumerable<KeyValuePair<string, HtmlTagRole>> KnownRoles => Roles.Dictionary;

    /// <summary>The same roles as <see cref="BuildRoles"/>, for lower-case ASCII names.</summary>
    private static HtmlTagRole RoleOfLowerAscii(ReadOnlySpan<char> name) => name switch
    {
        "a" or "abbr" or "acronym" or "b" or "bdi" or "bdo" or "big" or "cite" or "data" or "del" or "dfn" or "em"
            or "font" or "i" or "ins" or "label" or "mark" or "nobr" or "q" or "rp" or "rt" or "ruby" or "s" or "small"
            or "span" or "strike" or "strong" or "sub" or "sup" or "time" or "tt" or "u" or "var" or "wbr" => HtmlTagRole.Inline,
        "img" or "input" or "embed" or "iframe" or "video" or "audio" or "object" or "canvas" or "meter" or "progress" => HtmlTagRole.Opaque,
        "code" or "kbd" or "samp" or "svg" or "math" or "textarea" => HtmlTagRole.SkipAsOpaque,
        "pre" or "script" or "style" => HtmlTagRole.SkipAsBlock,
        "br" => HtmlTagRole.LineBreak,
        _ => HtmlTagRole.Block,
    };

    /// <summary>Elements whose content is raw text: the end tag is the only markup inside.</summary>
    public static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase)
        || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, HtmlTagRole> BuildRoles()
    {
        var roles = new Dictionary<string, HtmlTagRole>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in (string[])
        [
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i",
            "ins", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "small", "span", "strike", "strong",
            "sub", "sup", "time", "tt", "u", "var", "wbr",
        ])
        {
            roles[name] = HtmlTagRole.Inline;
        }

        foreach (string name in (string[])["img", "input", "embed", "iframe", "video", "audio", "object", "canvas", "meter", "progress"])
        {
            roles[name] = HtmlTagRole.Opaque;
        }

        foreach (string name in (string[])["code", "kbd", "samp", "svg", "math", "textarea"])
        {
            roles[name] = HtmlTagRole.SkipAsOpaque;
        }

        foreach (string name in (string[])["pre", "script", "style"])
        {
            roles[name] = HtmlTagRole.SkipAsBlock;
        }

        roles["br"] = HtmlTagRole.LineBreak;
        return roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
