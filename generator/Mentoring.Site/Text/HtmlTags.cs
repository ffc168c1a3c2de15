using System.Collections.Frozen;

namespace Mentoring.Site.Text;

/// <summary>Element names the HTML scanner needs to know; everything unknown counts as a block.</summary>
internal static class HtmlTags
{
    private static readonly FrozenDictionary<string, HtmlTagRole>.AlternateLookup<ReadOnlySpan<char>> Roles =
        BuildRoles().GetAlternateLookup<ReadOnlySpan<char>>();

    public static HtmlTagRole RoleOf(ReadOnlySpan<char> name) =>
        Roles.TryGetValue(name, out HtmlTagRole role) ? role : HtmlTagRole.Block;

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
