using System.Buffers;

namespace Mentoring.Site.Text;

/// <summary>
/// Splits text into <see cref="TypographyToken"/>s in one pass. URLs and e-mail addresses become
/// single protected tokens first, so that no rule can ever change a character inside them.
/// </summary>
internal static class TypographyTokenizer
{
    private static readonly string[] UrlPrefixes = ["https://", "http://", "mailto:", "www."];

    /// <summary>Fills <paramref name="tokens"/> (a pooled array, grown through the pool) and returns the count.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, ref TypographyToken[] tokens)
    {
        var email = new EmailCursor(text);
        int count = 0;
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            int start = i;
            char c = text[i];
            TypographyTokenKind kind;
            if (TypographyChars.IsSentinel(c))
            {
                kind = TypographyChars.SentinelKind(c);
                i++;
            }
            else if (TypographyChars.IsNewline(c))
            {
                i += c == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
                kind = TypographyTokenKind.Newline;
            }
            else if (TypographyChars.IsHorizontalSpace(c))
            {
                do
                {
                    i++;
                }
                while (i < n && TypographyChars.IsHorizontalSpace(text[i]));
                kind = TypographyTokenKind.Space;
            }
            else if (TryScanProtected(text, i, ref email, out int end))
            {
                i = end;
                kind = TypographyTokenKind.Protected;
            }
            else if (TypographyChars.IsWordStart(c))
            {
                i = ScanWord(text, i);
                kind = TypographyTokenKind.Word;
            }
            else if (TypographyChars.IsQuote(c))
            {
                i++;
                kind = TypographyTokenKind.Quote;
            }
            else if (TypographyChars.IsDash(c))
            {
                i++;
                kind = TypographyTokenKind.Dash;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TypographyTokenKind.Other;
            }

            if (count == tokens.Length)
            {
                Grow(ref tokens);
            }

            tokens[count++] = new TypographyToken
            {
                Kind = kind,
                Start = start,
                Length = i - start,
                GapSpace = TypographyToken.NoSpace,
            };
        }

        return count;
    }

    private static void Grow(ref TypographyToken[] tokens)
    {
        TypographyToken[] larger = ArrayPool<TypographyToken>.Shared.Rent(tokens.Length * 2);
        tokens.AsSpan().CopyTo(larger);
        ArrayPool<TypographyToken>.Shared.Return(tokens);
        tokens = larger;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i)
    {
        int j = i + 1;
        while (j < text.Length)
        {
            char d = text[j];
            if (TypographyChars.IsWordChar(d))
            {
                j++;
            }
            else if (TypographyChars.IsWordJoiner(d) && j + 1 < text.Length && TypographyChars.IsWordStart(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool TryScanProtected(ReadOnlySpan<char> text, int i, ref EmailCursor email, out int end)
    {
        end = i;
        char c = text[i];
        char previous = i > 0 ? text[i - 1] : ' ';
        if (c is 'h' or 'H' or 'm' or 'M' or 'w' or 'W' && !TypographyChars.IsWordChar(previous) && TryScanUrl(text, i, out end))
        {
            return true;
        }

        return email.MayStartAt(text, i) && IsEmailChar(c) && !IsEmailChar(previous) && previous != '@' && TryScanEmail(text, i, out end);
    }

    /// <summary>
    /// Where an address could start: an address is a run of address characters reaching an '@', so only the
    /// start of the run before the next '@' can begin one. Saves scanning every word of a page that has an '@'.
    /// </summary>
    private struct EmailCursor
    {
        private int _at;
        private int _runStart;

        public EmailCursor(ReadOnlySpan<char> text)
        {
            _at = -1;
            _runStart = -1;
            Seek(text, 0);
        }

        public bool MayStartAt(ReadOnlySpan<char> text, int i)
        {
            if (_at >= 0 && _at < i)
            {
                Seek(text, i);
            }

            return i == _runStart;
        }

        private void Seek(ReadOnlySpan<char> text, int from)
        {
            int found = text[from..].IndexOf('@');
            if (found < 0)
            {
                _at = -1;
                _runStart = -1;
                return;
            }

            _at = from + found;
            _runStart = _at;
            while (_runStart > 0 && IsEmailChar(text[_runStart - 1]))
            {
                _runStart--;
            }
        }
    }

    private static bool TryScanUrl(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        ReadOnlySpan<char> rest = text[i..];
        int prefix = 0;
        foreach (string candidate in UrlPrefixes)
        {
            if (rest.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
            {
                prefix = candidate.Length;
                break;
            }
        }

        if (prefix == 0)
        {
            return false;
        }

        int j = i + prefix;
        while (j < text.Length && !IsUrlStop(text[j]))
        {
            j++;
        }

        // Sentence punctuation right after a URL belongs to the sentence; a closing bracket does
        // too unless the URL itself opened one (as Wikipedia addresses do).
        while (j > i + prefix)
        {
            char last = text[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?')
            {
                j--;
            }
            else if (last == ')' && text[i..j].Count('(') < text[i..j].Count(')'))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        if (j == i + prefix)
        {
            return false;
        }

        end = j;
        return true;
    }

    private static bool IsUrlStop(char c) =>
        char.IsWhiteSpace(c) || TypographyChars.IsQuote(c) || c is '<' or '>'
        || (TypographyChars.IsSentinel(c) && c != TypographyChars.OpaqueSentinel);

    private static bool TryScanEmail(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int at = -1;
        int j = i;
        while (j < text.Length)
        {
            char d = text[j];
            if (IsEmailChar(d))
            {
                j++;
            }
            else if (d == '@' && at < 0)
            {
                at = j;
                j++;
            }
            else
            {
                break;
            }
        }

        if (at <= i || at + 1 >= j || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[at + 1]))
        {
            return false;
        }

        while (text[j - 1] is '.' or '-')
        {
            j--;
        }

        if (!text[(at + 1)..j].Contains('.'))
        {
            return false;
        }

        end = j;
        return true;
    }

    private static bool IsEmailChar(char c) => TypographyChars.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
