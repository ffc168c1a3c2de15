using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mentoring.Site.Text;

/// <summary>
/// Forgiving comparison of names that curators type by hand in YAML: forms, models and kinds of
/// practice. The programme itself writes «Ученик – ученик» with an en dash and spaces, people type
/// «ученик-ученик», and both must mean the same form; when nothing matches, the error message
/// suggests the closest known names.
/// </summary>
public static class TextMatching
{
    // Hyphens and dashes, spaces and quotes carry no meaning in a key.
    private static readonly SearchValues<char> Ignored = SearchValues.Create(
        "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\"'`\u00AB\u00BB\u201E\u201C\u201D\u2018\u2019\u201A\u2039\u203A\u00B4");

    /// <summary>
    /// A comparison key: NFKC, lower case (invariant), «ё» → «е», with every hyphen or dash,
    /// whitespace (including no-break spaces), quote and invisible format character removed.
    /// «Ученик – ученик», «ученик-ученик» and «УЧЕНИК —  УЧЕНИК» all give «ученикученик».
    /// </summary>
    public static string NormalizeKey(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        string normalized = s.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(normalized.Length);
        foreach (char original in normalized)
        {
            if (Ignored.Contains(original) || char.IsWhiteSpace(original)
                || char.GetUnicodeCategory(original) == UnicodeCategory.Format)
            {
                continue;
            }

            char c = char.ToLowerInvariant(original);
            key.Append(c == 'ё' ? 'е' : c);
        }

        return key.ToString();
    }

    /// <summary>
    /// Levenshtein distance (insertions, deletions and substitutions of UTF-16 code units), using
    /// one row as long as the shorter string.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ReadOnlySpan<char> longer = a.Length >= b.Length ? a : b;
        ReadOnlySpan<char> shorter = a.Length >= b.Length ? b : a;
        if (shorter.Length == 0)
        {
            return longer.Length;
        }

        int[]? rented = null;
        Span<int> row = shorter.Length < 256
            ? stackalloc int[shorter.Length + 1]
            : (rented = ArrayPool<int>.Shared.Rent(shorter.Length + 1)).AsSpan(0, shorter.Length + 1);
        try
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = j;
            }

            for (int i = 1; i <= longer.Length; i++)
            {
                int diagonal = row[0];
                row[0] = i;
                char c = longer[i - 1];
                for (int j = 1; j <= shorter.Length; j++)
                {
                    int above = row[j];
                    int substitution = diagonal + (c == shorter[j - 1] ? 0 : 1);
                    row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), substitution);
                    diagonal = above;
                }
            }

            return row[shorter.Length];
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> candidates for a «возможно, вы имели в виду…» hint, nearest
    /// first (distance between <see cref="NormalizeKey"/> forms, ties in ordinal order). Only
    /// candidates within max(2, length / 3) edits are offered, and never one that shares nothing
    /// with the value, because a far-fetched suggestion is worse than none.
    /// </summary>
    public static IReadOnlyList<string> Closest(string value, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(max);

        string key = NormalizeKey(value);
        int threshold = Math.Max(2, key.Length / 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(int Distance, string Candidate)>();
        foreach (string candidate in candidates)
        {
            if (candidate is null || !seen.Add(candidate))
            {
                continue;
            }

            string candidateKey = NormalizeKey(candidate);
            int distance = Distance(key, candidateKey);
            if (distance <= threshold && distance < Math.Max(key.Length, candidateKey.Length))
            {
                found.Add((distance, candidate));
            }
        }

        found.Sort(static (x, y) => x.Distance != y.Distance
            ? x.Distance.CompareTo(y.Distance)
            : string.CompareOrdinal(x.Candidate, y.Candidate));
        return found.Take(max).Select(static f => f.Candidate).ToArray();
    }
}
