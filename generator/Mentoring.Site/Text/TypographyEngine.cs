using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mentoring.Site.Text;

/// <summary>
/// The typography rules over a token stream. Text is tokenized once; the rules only record
/// decisions on tokens (a quote's replacement, what a gap between two words becomes); the writer
/// then copies the text through, touching only what a decision names. Markup appears in the text
/// as sentinel characters, so the same rules serve plain strings and HTML, and context (quote
/// nesting, a preposition before a link) flows across inline tags.
/// </summary>
/// <remarks>
/// Every rule matches spaces and no-break spaces alike and only ever produces characters that
/// its own patterns accept again («», „“, «—», U+00A0), which is what makes the result idempotent.
/// </remarks>
internal static class TypographyEngine
{
    private const int NoSpace = TypographyToken.NoSpace;
    private const int ComplexSpace = TypographyToken.ComplexSpace;

    /// <summary>
    /// Typesets <paramref name="text"/> into <paramref name="output"/>. Returns false, leaving
    /// <paramref name="output"/> empty, when nothing needs to change, so callers can return the
    /// input without copying it.
    /// </summary>
    public static bool Process(ReadOnlySpan<char> text, StringBuilder output)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        TypographyToken[] tokens = ArrayPool<TypographyToken>.Shared.Rent(Math.Min(text.Length, (text.Length / 3) + 16));
        int[]? significant = null;
        try
        {
            int count = TypographyTokenizer.Tokenize(text, ref tokens);
            significant = ArrayPool<int>.Shared.Rent(count);
            Span<TypographyToken> all = tokens.AsSpan(0, count);
            ReadOnlySpan<int> sig = significant.AsSpan(0, IndexSignificant(text, all, significant));

            // Quote roles first: the other rules read them («в „Точке роста“», dashes after a closing quote).
            DecideQuotes(text, all, sig);
            ApplyWordRules(text, all, sig);

            // Last, because the space after a dash must stay breakable whatever the word rules said.
            ApplyDashRule(text, all, sig);
            return Write(text, all, output);
        }
        finally
        {
            ArrayPool<TypographyToken>.Shared.Return(tokens);
            if (significant is not null)
            {
                ArrayPool<int>.Shared.Return(significant);
            }
        }
    }

    /// <summary>
    /// Lists the tokens that take part in rules (everything but spaces and inline markup) and
    /// records, on each, what kind of space follows it.
    /// </summary>
    private static int IndexSignificant(ReadOnlySpan<char> text, Span<TypographyToken> tokens, int[] significant)
    {
        int s = 0;
        int last = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            switch (tokens[t].Kind)
            {
                case TypographyTokenKind.InlineMarkup:
                    break;
                case TypographyTokenKind.Space:
                    if (last >= 0)
                    {
                        ref int gap = ref tokens[last].GapSpace;
                        gap = gap == NoSpace && IsSimpleSpace(text.Slice(tokens[t].Start, tokens[t].Length)) ? t : ComplexSpace;
                    }

                    break;
                default:
                    significant[s++] = t;
                    last = t;
                    break;
            }
        }

        return s;
    }

    /// <summary>A space that will be a single character after collapsing; a run of no-break spaces is deliberate.</summary>
    private static bool IsSimpleSpace(ReadOnlySpan<char> space) => space.Length == 1 || IsCollapsible(space);

    private static bool IsCollapsible(ReadOnlySpan<char> space) => !space.ContainsAnyExcept(' ', '\t');

    private static void DecideQuotes(ReadOnlySpan<char> text, Span<TypographyToken> tokens, ReadOnlySpan<int> sig)
    {
        int depth = 0;
        for (int k = 0; k < sig.Length; k++)
        {
            ref TypographyToken t = ref tokens[sig[k]];
            switch (t.Kind)
            {
                case TypographyTokenKind.BlockMarkup:
                    // An unbalanced quote must not leak into the next paragraph.
                    depth = 0;
                    break;
                case TypographyTokenKind.Newline:
                    if (k + 1 < sig.Length && tokens[sig[k + 1]].Kind == TypographyTokenKind.Newline)
                    {
                        depth = 0;
                    }

                    break;
                case TypographyTokenKind.Quote:
                    char c = text[t.Start];
                    bool open = c switch
                    {
                        '«' or '„' => true,
                        '»' or '”' => false,
                        _ => OpensByContext(text, tokens, sig, k, depth),
                    };
                    if (open)
                    {
                        if (c == '"')
                        {
                            t.Replacement = depth == 0 ? '«' : '„';
                        }

                        depth++;
                        t.Role = QuoteRole.Open;
                    }
                    else
                    {
                        if (depth > 0)
                        {
                            depth--;
                        }

                        if (c == '"')
                        {
                            t.Replacement = depth == 0 ? '»' : '“';
                        }

                        t.Role = QuoteRole.Close;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Whether a straight quote (or «“», which opens in English and closes in Russian) opens:
    /// it opens after a space, a line start, an opening bracket, quote or dash and before a word;
    /// it closes after a word. Between two spaces it opens only if nothing is open.
    /// </summary>
    private static bool OpensByContext(ReadOnlySpan<char> text, ReadOnlySpan<TypographyToken> tokens, ReadOnlySpan<int> sig, int k, int depth)
    {
        bool spaceBefore = k == 0 || tokens[sig[k - 1]].GapSpace != NoSpace || IsOpeningContext(text, tokens[sig[k - 1]]);
        bool spaceAfter = k == sig.Length - 1 || tokens[sig[k]].GapSpace != NoSpace
            || tokens[sig[k + 1]].Kind is TypographyTokenKind.Newline or TypographyTokenKind.BlockMarkup or TypographyTokenKind.LineBreakMarkup;
        if (spaceBefore != spaceAfter)
        {
            return spaceBefore;
        }

        if (spaceBefore)
        {
            return depth == 0;
        }

        // Squeezed between two visible characters: «слово"», «."», but «сказал:"Да"».
        ref readonly TypographyToken previous = ref tokens[sig[k - 1]];
        return !(EndsWord(text, previous) || (previous.Kind == TypographyTokenKind.Other && text[previous.Start] is '.' or ',' or '!' or '?' or ';' or '…'));
    }

    private static bool IsOpeningContext(ReadOnlySpan<char> text, in TypographyToken t) => t.Kind switch
    {
        TypographyTokenKind.Newline or TypographyTokenKind.BlockMarkup or TypographyTokenKind.LineBreakMarkup or TypographyTokenKind.Dash => true,
        TypographyTokenKind.Quote => t.Role == QuoteRole.Open,
        TypographyTokenKind.Other => text[t.Start] is '(' or '[' or '{',
        _ => false,
    };

    /// <summary>Something a preposition can bind to: a word, number, link, code, or an opening quote or bracket.</summary>
    private static bool BeginsWord(ReadOnlySpan<char> text, in TypographyToken t) => t.Kind switch
    {
        TypographyTokenKind.Word or TypographyTokenKind.Protected or TypographyTokenKind.OpaqueMarkup => true,
        TypographyTokenKind.Quote => t.Role == QuoteRole.Open,
        TypographyTokenKind.Other => text[t.Start] is '(' or '[' or '№' or '§',
        _ => false,
    };

    /// <summary>Something that can end a word: a word, number, link, code, or a closing quote or bracket.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, in TypographyToken t) => t.Kind switch
    {
        TypographyTokenKind.Word or TypographyTokenKind.Protected or TypographyTokenKind.OpaqueMarkup => true,
        TypographyTokenKind.Quote => t.Role == QuoteRole.Close,
        TypographyTokenKind.Other => text[t.Start] is ')' or ']',
        _ => false,
    };

    private static void ApplyWordRules(ReadOnlySpan<char> text, Span<TypographyToken> tokens, ReadOnlySpan<int> sig)
    {
        for (int k = 0; k < sig.Length; k++)
        {
            ref TypographyToken t = ref tokens[sig[k]];
            if (t.Kind == TypographyTokenKind.Word)
            {
                ApplyWordRules(text, tokens, sig, k);
            }
            else if (t.Kind == TypographyTokenKind.Other && text[t.Start] is '№' or '§'
                && k + 1 < sig.Length && tokens[sig[k + 1]].Kind == TypographyTokenKind.Word)
            {
                // «№ 1», «№1» → «№ 1» with a no-break space.
                SetGap(ref t, GapAction.NoBreakSpace, allowInsert: true);
            }
        }
    }

    private static void ApplyWordRules(ReadOnlySpan<char> text, Span<TypographyToken> tokens, ReadOnlySpan<int> sig, int k)
    {
        ref TypographyToken t = ref tokens[sig[k]];
        ReadOnlySpan<char> word = text.Slice(t.Start, t.Length);
        bool hasNext = k + 1 < sig.Length;

        // One- and two-letter words and short prepositions do not end a line: «в школе».
        if (hasNext && t.GapSpace >= 0 && IsShortWord(word) && BeginsWord(text, tokens[sig[k + 1]]))
        {
            SetGap(ref t, GapAction.NoBreakSpace, allowInsert: false);
        }

        // Particles do not start a line: «пришёл бы».
        if (k > 0 && TypographyWords.Particles.Contains(word) && EndsWord(text, tokens[sig[k - 1]]))
        {
            SetGap(ref tokens[sig[k - 1]], GapAction.NoBreakSpace, allowInsert: false);
        }

        ApplyNumberRules(text, tokens, sig, k, word);
        ApplyInitialsRule(text, tokens, sig, k);

        // «т. д.», «т. е.», «т. п.»: the two halves stay on one line.
        if (word.Equals("т", StringComparison.OrdinalIgnoreCase) && IsFollowedByDot(text, tokens, sig, k)
            && k + 2 < sig.Length && tokens[sig[k + 2]].Kind == TypographyTokenKind.Word
            && TypographyWords.AfterTe.Contains(TextOf(text, tokens[sig[k + 2]]))
            && IsFollowedByDot(text, tokens, sig, k + 2))
        {
            SetGap(ref tokens[sig[k + 1]], GapAction.NoBreakSpace, allowInsert: true);
        }
    }

    private static void ApplyNumberRules(ReadOnlySpan<char> text, Span<TypographyToken> tokens, ReadOnlySpan<int> sig, int k, ReadOnlySpan<char> word)
    {
        ref TypographyToken t = ref tokens[sig[k]];
        if (!word.ContainsAnyExceptInRange('0', '9'))
        {
            // A number and its percent sign: «48 %», «48,5 %» (a space already there becomes a no-break one).
            if (k + 1 < sig.Length && tokens[sig[k + 1]].Kind == TypographyTokenKind.Other && text[tokens[sig[k + 1]].Start] is '%' or '‰')
            {
                SetGap(ref t, GapAction.NoBreakSpace, allowInsert: false);
                return;
            }

            // A number followed by «г.», «года» or a month: «2022 г.», «29 августа».
            if (k + 1 >= sig.Length || t.GapSpace < 0 || tokens[sig[k + 1]].Kind != TypographyTokenKind.Word)
            {
                return;
            }

            ReadOnlySpan<char> next = TextOf(text, tokens[sig[k + 1]]);
            bool year = TypographyWords.YearWords.Contains(next)
                && (!IsYearAbbreviation(next) || IsFollowedByDot(text, tokens, sig, k + 1));
            int value = word.Length <= 2 ? int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            bool day = value is >= 1 and <= 31;
            if (year || (day && TypographyWords.MonthsGenitive.Contains(next)))
            {
                SetGap(ref t, GapAction.NoBreakSpace, allowInsert: false);
            }
        }
        else
        {
            // «2022г.», «2020-2022гг.» → a no-break space inside the token, before «г.».
            int split = word.LastIndexOfAnyInRange('0', '9') + 1;
            if (split > 0 && IsYearAbbreviation(word[split..]) && IsFollowedByDot(text, tokens, sig, k))
            {
                t.SplitAt = split;
            }
        }
    }

    /// <summary>
    /// Initials stay with the surname and with each other: «С. Н. Жигалова», «Жигалова С. Н.»,
    /// and the unspaced «Е.В. Юферева» gets its missing space.
    /// </summary>
    private static void ApplyInitialsRule(ReadOnlySpan<char> text, Span<TypographyToken> tokens, ReadOnlySpan<int> sig, int k)
    {
        if (IsInitial(text, tokens, sig, k))
        {
            if (IsInitial(text, tokens, sig, k + 2) && IsSurname(text, tokens, sig, k + 4))
            {
                SetGap(ref tokens[sig[k + 1]], GapAction.NoBreakSpace, allowInsert: true);
                SetGap(ref tokens[sig[k + 3]], GapAction.NoBreakSpace, allowInsert: true);
            }
            else if (IsSurname(text, tokens, sig, k + 2))
            {
                SetGap(ref tokens[sig[k + 1]], GapAction.NoBreakSpace, allowInsert: true);
            }
        }
        else if (IsSurname(text, tokens, sig, k) && tokens[sig[k]].GapSpace >= 0 && IsInitial(text, tokens, sig, k + 1))
        {
            SetGap(ref tokens[sig[k]], GapAction.NoBreakSpace, allowInsert: false);
            if (IsInitial(text, tokens, sig, k + 3))
            {
                SetGap(ref tokens[sig[k + 2]], GapAction.NoBreakSpace, allowInsert: true);
            }
        }
    }

    private static bool IsInitial(ReadOnlySpan<char> text, ReadOnlySpan<TypographyToken> tokens, ReadOnlySpan<int> sig, int k)
    {
        if (k >= sig.Length)
        {
            return false;
        }

        ref readonly TypographyToken t = ref tokens[sig[k]];
        return t.Kind == TypographyTokenKind.Word && t.Length == 1 && char.IsUpper(text[t.Start])
            && IsFollowedByDot(text, tokens, sig, k);
    }

    private static bool IsSurname(ReadOnlySpan<char> text, ReadOnlySpan<TypographyToken> tokens, ReadOnlySpan<int> sig, int k)
    {
        if (k >= sig.Length)
        {
            return false;
        }

        ref readonly TypographyToken t = ref tokens[sig[k]];
        if (t.Kind != TypographyTokenKind.Word || t.Length < 2 || !char.IsUpper(text[t.Start]))
        {
            return false;
        }

        foreach (char c in text.Slice(t.Start, t.Length))
        {
            if (!char.IsLetter(c) && !TypographyChars.IsWordJoiner(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A dash between words gets a no-break space before it and an ordinary space after it:
    /// «наставник — участник». Pasted text often has the space on one side only («(далее –Программа)»);
    /// that is repaired for en and em dashes, but not for a hyphen, where «-5» is a minus.
    /// A dash that starts a line (dialogue, a list) is left alone.
    /// </summary>
    private static void ApplyDashRule(ReadOnlySpan<char> text, Span<TypographyToken> tokens, ReadOnlySpan<int> sig)
    {
        for (int k = 1; k < sig.Length - 1; k++)
        {
            ref TypographyToken dash = ref tokens[sig[k]];
            if (dash.Kind != TypographyTokenKind.Dash)
            {
                continue;
            }

            ref TypographyToken before = ref tokens[sig[k - 1]];
            if (!CanPrecedeDash(text, before) || !CanFollowDash(text, tokens[sig[k + 1]])
                || before.GapSpace == ComplexSpace || dash.GapSpace == ComplexSpace)
            {
                continue;
            }

            bool spaceBefore = before.GapSpace >= 0;
            bool spaceAfter = dash.GapSpace >= 0;
            char c = text[dash.Start];
            if (!(spaceBefore && spaceAfter) && (c == '-' || !(spaceBefore || spaceAfter)))
            {
                continue;
            }

            before.Gap = GapAction.NoBreakSpace;
            dash.Gap = GapAction.Space;
            dash.Replacement = c == TypographyChars.EmDash ? '\0' : TypographyChars.EmDash;
        }
    }

    private static bool CanPrecedeDash(ReadOnlySpan<char> text, in TypographyToken t) => t.Kind switch
    {
        TypographyTokenKind.Word or TypographyTokenKind.Protected or TypographyTokenKind.OpaqueMarkup => true,
        TypographyTokenKind.Quote => t.Role == QuoteRole.Close,
        TypographyTokenKind.Other => text[t.Start] is not ('(' or '[' or '{'),
        _ => false,
    };

    private static bool CanFollowDash(ReadOnlySpan<char> text, in TypographyToken t) => t.Kind switch
    {
        TypographyTokenKind.Word or TypographyTokenKind.Protected or TypographyTokenKind.OpaqueMarkup => true,
        TypographyTokenKind.Quote => t.Role == QuoteRole.Open,
        TypographyTokenKind.Other => text[t.Start] is not ('.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '…'),
        _ => false,
    };

    private static bool IsShortWord(ReadOnlySpan<char> word) =>
        (word.Length <= 2 && char.IsLetter(word[0]) && char.IsLetter(word[^1])) || TypographyWords.ShortWords.Contains(word);

    private static bool IsYearAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("г", StringComparison.OrdinalIgnoreCase) || word.Equals("гг", StringComparison.OrdinalIgnoreCase);

    private static bool IsFollowedByDot(ReadOnlySpan<char> text, ReadOnlySpan<TypographyToken> tokens, ReadOnlySpan<int> sig, int k)
    {
        if (k + 1 >= sig.Length || tokens[sig[k]].GapSpace != NoSpace)
        {
            return false;
        }

        ref readonly TypographyToken next = ref tokens[sig[k + 1]];
        return next.Kind == TypographyTokenKind.Other && text[next.Start] == '.';
    }

    private static ReadOnlySpan<char> TextOf(ReadOnlySpan<char> text, in TypographyToken t) => text.Slice(t.Start, t.Length);

    /// <summary>Records a gap decision if the gap allows it: never over a deliberate run of spaces, and inserting only where the rule says a space is missing.</summary>
    private static void SetGap(ref TypographyToken t, GapAction action, bool allowInsert)
    {
        if (t.GapSpace == ComplexSpace || (t.GapSpace == NoSpace && !allowInsert))
        {
            return;
        }

        t.Gap = action;
    }

    /// <summary>Copies the text through, changing only what the rules decided, and collapsing runs of spaces.</summary>
    private static bool Write(ReadOnlySpan<char> text, ReadOnlySpan<TypographyToken> tokens, StringBuilder output)
    {
        int copied = 0;
        bool changed = false;
        GapAction pending = GapAction.Keep;
        foreach (ref readonly TypographyToken t in tokens)
        {
            int end = t.Start + t.Length;
            switch (t.Kind)
            {
                case TypographyTokenKind.InlineMarkup:
                    break;
                case TypographyTokenKind.Space:
                    ReadOnlySpan<char> space = text.Slice(t.Start, t.Length);
                    char wanted;
                    if (pending == GapAction.NoBreakSpace)
                    {
                        wanted = space.Length == 1 && TypographyChars.IsNoBreakSpace(space[0]) ? space[0] : TypographyChars.NoBreakSpace;
                    }
                    else if (pending == GapAction.Space || IsCollapsible(space))
                    {
                        wanted = ' ';
                    }
                    else
                    {
                        break;
                    }

                    if (space.Length != 1 || space[0] != wanted)
                    {
                        Replace(text, output, ref copied, t.Start, end, wanted);
                        changed = true;
                    }

                    break;
                default:
                    if (t.Replacement != '\0')
                    {
                        Replace(text, output, ref copied, t.Start, end, t.Replacement);
                        changed = true;
                    }
                    else if (t.SplitAt > 0)
                    {
                        Replace(text, output, ref copied, t.Start + t.SplitAt, t.Start + t.SplitAt, TypographyChars.NoBreakSpace);
                        changed = true;
                    }

                    if (t.Gap != GapAction.Keep && t.GapSpace == NoSpace)
                    {
                        // The gap holds no space at all: insert one right after the token, before any inline markup.
                        Replace(text, output, ref copied, end, end, t.Gap == GapAction.Space ? ' ' : TypographyChars.NoBreakSpace);
                        changed = true;
                    }

                    pending = t.Gap;
                    break;
            }
        }

        if (changed)
        {
            output.Append(text[copied..]);
        }

        return changed;
    }

    /// <summary>Writes the unchanged text up to <paramref name="from"/>, then <paramref name="with"/> in place of [from, to).</summary>
    private static void Replace(ReadOnlySpan<char> text, StringBuilder output, ref int copied, int from, int to, char with)
    {
        output.Append(text[copied..from]).Append(with);
        copied = to;
    }
}
