using System.Text;

namespace Mentoring.Site.Text;

/// <summary>
/// Typesets the text of an HTML page paragraph by paragraph, remembering paragraphs that recur.
/// </summary>
/// <remarks>
/// <para>Block markup ends a paragraph for every rule: quote nesting starts over after it, and no rule
/// looks across it (a block token is never a word, a quote, a dash or a dot, which is what the rules
/// ask of their neighbours). So the text between two block sentinels typesets the same alone as in
/// its page, and a rule added later must keep it so: it may only look at tokens up to the nearest
/// block markup.</para>
/// <para>Most of a page's text is the theme's (header, menu, footer) and the cards of practices that
/// appear on many list pages, so the same paragraphs are typeset again and again. A paragraph is
/// remembered the second time it is seen, which keeps the one-off text of practices out of the
/// cache; the cache is bounded in entries and characters.</para>
/// </remarks>
internal static class TypographyParagraphs
{
    private const int MaxParagraphLength = 4096;
    private const long MaxCachedChars = 2L * 1024 * 1024;
    private const int SeenBits = 16;

    /// <summary>One cache per thread: no locks on the hot path (a page is typeset on one thread).</summary>
    [ThreadStatic]
    private static ParagraphCache? t_cache;

    /// <summary>
    /// Same contract as <see cref="TypographyEngine.Process"/>: returns false, leaving
    /// <paramref name="output"/> empty, when nothing changes.
    /// </summary>
    public static bool Process(ReadOnlySpan<char> text, StringBuilder output)
    {
        bool changed = false;
        int copied = 0;
        int start = 0;
        StringBuilder? scratch = null;
        try
        {
            while (start < text.Length)
            {
                int next = text[start..].IndexOf(TypographyChars.BlockSentinel);
                int end = next < 0 ? text.Length : start + next;
                if (end > start)
                {
                    ReadOnlySpan<char> paragraph = text[start..end];
                    scratch ??= StringBuilderCache.AcquireSecond(paragraph.Length + 16);
                    if (Typeset(paragraph, scratch, out string? cached))
                    {
                        output.Append(text[copied..start]);
                        if (cached is not null)
                        {
                            output.Append(cached);
                        }
                        else
                        {
                            foreach (ReadOnlyMemory<char> chunk in scratch.GetChunks())
                            {
                                output.Append(chunk.Span);
                            }

                            scratch.Clear();
                        }

                        copied = end;
                        changed = true;
                    }
                }

                start = end + 1;
            }

            if (changed)
            {
                output.Append(text[copied..]);
            }

            return changed;
        }
        finally
        {
            if (scratch is not null)
            {
                StringBuilderCache.ReleaseSecond(scratch);
            }
        }
    }

    /// <summary>
    /// Typesets one paragraph. When it changes, the result is either <paramref name="cached"/> or,
    /// when that is null, the content of <paramref name="scratch"/>.
    /// </summary>
    private static bool Typeset(ReadOnlySpan<char> paragraph, StringBuilder scratch, out string? cached)
    {
        if (paragraph.Length > MaxParagraphLength)
        {
            cached = null;
            return TypographyEngine.Process(paragraph, scratch);
        }

        ParagraphCache cache = t_cache ??= new ParagraphCache();
        if (cache.BySpan.TryGetValue(paragraph, out cached))
        {
            return cached is not null;
        }

        bool changed = TypographyEngine.Process(paragraph, scratch);
        int hash = string.GetHashCode(paragraph);
        ref int slot = ref cache.Seen[hash & ((1 << SeenBits) - 1)];
        if (slot != hash)
        {
            slot = hash;
            cached = null;
            return changed;
        }

        string? result = changed ? scratch.ToString() : null;
        if (cache.Chars + paragraph.Length + (result?.Length ?? 0) <= MaxCachedChars)
        {
            cache.Chars += paragraph.Length + (result?.Length ?? 0);
            cache.BySpan.TryAdd(paragraph, result);
        }

        if (changed)
        {
            scratch.Clear();
        }

        cached = result;
        return changed;
    }

    private sealed class ParagraphCache
    {
        public ParagraphCache()
        {
            BySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, string?> Entries { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }

        /// <summary>Hashes of paragraphs seen once, one per slot: a collision only costs a missed chance to cache.</summary>
        public int[] Seen { get; } = new int[1 << SeenBits];

        public long Chars { get; set; }
    }
}
