using System.Globalization;

namespace Mentoring.Site.Text;

/// <summary>
/// Character classes shared by the tokenizer and the HTML scanner, and the sentinel characters
/// that stand for markup inside the text. The sentinels are Unicode noncharacters, which never
/// occur in text meant for people; a literal one in the input is kept as opaque markup.
/// </summary>
internal static class TypographyChars
{
    public const char NoBreakSpace = '\u00A0';
    public const char EmDash = '\u2014';

    public const char InlineSentinel = '\uFDD0';
    public const char BlockSentinel = '\uFDD1';
    public const char LineBreakSentinel = '\uFDD2';
    public const char OpaqueSentinel = '\uFDD3';

    public static bool IsSentinel(char c) => c is >= InlineSentinel and <= OpaqueSentinel;

    public static TypographyTokenKind SentinelKind(char c) => c switch
    {
        InlineSentinel => TypographyTokenKind.InlineMarkup,
        BlockSentinel => TypographyTokenKind.BlockMarkup,
        LineBreakSentinel => TypographyTokenKind.LineBreakMarkup,
        _ => TypographyTokenKind.OpaqueMarkup,
    };

    public static bool IsNewline(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    public static bool IsHorizontalSpace(char c) =>
        c is ' ' or '\t' or NoBreakSpace || (c > ' ' && !IsAsciiOrCyrillicLetter(c) && !IsNewline(c) && char.IsWhiteSpace(c));

    /// <summary>Spaces that already forbid a line break; a rule asking for a no-break space keeps them.</summary>
    public static bool IsNoBreakSpace(char c) => c is NoBreakSpace or '\u202F' or '\u2007';

    public static bool IsWordStart(char c) => IsLetterOrDigit(c);

    public static bool IsWordChar(char c) => IsLetterOrDigit(c) || (c >= '\u0300' && IsMark(c));

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, answering ASCII and the Russian alphabet without the Unicode tables.</summary>
    public static bool IsLetterOrDigit(char c) =>
        c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsCyrillicLetter(c) || char.IsLetterOrDigit(c);

    private static bool IsAsciiOrCyrillicLetter(char c) => char.IsAsciiLetter(c) || IsCyrillicLetter(c);

    /// <summary>А–я, Ё and ё: every one a letter.</summary>
    private static bool IsCyrillicLetter(char c) => c is (>= '\u0410' and <= '\u044F') or '\u0401' or '\u0451';

    /// <summary>Characters that join two parts of one word: hyphens, apostrophes, the soft hyphen.</summary>
    public static bool IsWordJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '\u00AD';

    public static bool IsQuote(char c) => c is '"' or '«' or '»' or '„' or '“' or '”';

    public static bool IsDash(char c) => c is '-' or '\u2012' or '\u2013' or EmDash or '\u2015';

    private static bool IsMark(char c) => char.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
