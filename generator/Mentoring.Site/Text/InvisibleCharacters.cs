using System.Buffers;

namespace Mentoring.Site.Text;

/// <summary>
/// Characters that are invisible in a rendered title but make two equal-looking strings differ:
/// zero-width spaces and joiners, the word joiner, the byte-order mark, bidirectional controls,
/// and the soft hyphen. They arrive with text pasted from Word, PDFs and web pages.
/// </summary>
internal static class InvisibleCharacters
{
    public static readonly SearchValues<char> Set = SearchValues.Create(
        "\u00AD\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>
    /// Characters that never belong in a title or a data value: bidi embeddings, overrides and isolates (they
    /// can make text display in another order than it is stored) and zero-width spaces pasted from the web.
    /// The zero-width joiner stays: emoji sequences need it.
    /// </summary>
    public static readonly SearchValues<char> Stripped = SearchValues.Create(
        "\u200B\u2060\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static string Strip(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(Stripped) < 0)
        {
            return value;
        }

        return string.Create(value.Length - Count(value), value, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!Stripped.Contains(c))
                {
                    span[i++] = c;
                }
            }
        });
    }

    private static int Count(string value)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (Stripped.Contains(c))
            {
                n++;
            }
        }

        return n;
    }
}
