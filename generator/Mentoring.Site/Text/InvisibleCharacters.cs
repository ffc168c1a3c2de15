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
}
