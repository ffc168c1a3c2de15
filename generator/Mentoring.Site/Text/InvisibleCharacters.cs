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

    /// <summary>
    /// Removes <see cref="Stripped"/> and everything that is not text at all: control characters other than tab and line
    /// feed (a YAML escape such as "\x01" writes them), the non-characters U+FFFE and U+FFFF and unpaired surrogates.
    /// Such characters make an XML feed impossible to write and a page invalid, and no reader can see them.
    /// </summary>
    public static string Strip(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = FirstRemoved(value, 0);
        if (first < 0)
        {
            return value;
        }

        var sb = new System.Text.StringBuilder(value.Length);
        sb.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            if (!IsRemoved(value, i))
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }

    private static int FirstRemoved(string value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            if (IsRemoved(value, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsRemoved(string value, int i)
    {
        var c = value[i];
        if (c < ' ')
        {
            return c is not ('\t' or '\n');
        }

        if (c < '\u007F')
        {
            return false;
        }

        if (c <= '\u009F' || c is '\uFFFE' or '\uFFFF' || Stripped.Contains(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
