using System.Text;
using Mentoring.Site.Text;

namespace Mentoring.Site.Library;

/// <summary>
/// Forgiving lookup of the names curators type for forms, models and kinds: case, «ё/е», spaces and every
/// hyphen or dash are ignored, so «ученик-ученик», «Ученик – ученик» and «УЧЕНИК—УЧЕНИК» are one form.
/// Ids (<c>uchenik-uchenik</c>) are accepted too.
/// </summary>
public static class DataMatcher
{
    /// <summary>
    /// The comparison key. Builds on <see cref="TextMatching.NormalizeKey"/> and removes spaces and dashes
    /// itself as well, so the library does not depend on which version of the text helpers is in the build.
    /// </summary>
    public static string Key(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = TextMatching.NormalizeKey(value);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212')
            {
                continue;
            }

            sb.Append(c == 'ё' ? 'е' : c);
        }

        return sb.ToString();
    }

    /// <summary>The first item one of whose <paramref name="names"/> has the same key as <paramref name="value"/>.</summary>
    public static T? Find<T>(string value, IEnumerable<T> items, Func<T, IEnumerable<string?>> names) where T : class
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(names);
        var key = Key(value);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var item in items)
        {
            foreach (var name in names(item))
            {
                if (name is not null && string.Equals(Key(name), key, StringComparison.Ordinal))
                {
                    return item;
                }
            }
        }

        return null;
    }

    /// <summary>«Возможно, «…»?» for an unknown value, or an empty string when nothing is close.</summary>
    public static string Suggestion(string value, IEnumerable<string> candidates)
    {
        var close = TextMatching.Closest(value, candidates, 2);
        return close.Count switch
        {
            0 => string.Empty,
            1 => $" Возможно, имелось в виду «{close[0]}»?",
            _ => $" Возможно, имелось в виду {string.Join(" или ", close.Select(c => "«" + c + "»"))}?",
        };
    }

    public static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => "«" + v + "»"));
}
