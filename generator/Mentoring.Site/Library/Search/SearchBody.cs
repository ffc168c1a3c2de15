using System.Collections.Immutable;
using System.Text;
using Mentoring.Site.Markdown;

namespace Mentoring.Site.Library.Search;

/// <summary>
/// What the search index needs of a body, made once when its Markdown is rendered and kept instead of its plain text:
/// how often each term occurs (in the order the terms are met) and the start of its text without heading lines, long
/// enough for the longest snippet. At ten thousand practices the plain texts alone held a tenth of the build's memory
/// to the end. The terms are the stemmer's shared strings, or one string per term for the bodies read from the cache.
/// </summary>
public sealed record SearchBody(string Lead, ImmutableArray<KeyValuePair<string, int>> Counts)
{
    /// <summary>The longest snippet any document shows; <see cref="Lead"/> holds a little more, so it can be cut at a word.</summary>
    public const int LeadLength = CreateSearchIndex.PageExcerptLength > CreateSearchIndex.PracticeExcerptLength
        ? CreateSearchIndex.PageExcerptLength : CreateSearchIndex.PracticeExcerptLength;

    public static SearchBody Empty { get; } = new(string.Empty, []);

    /// <summary>The search body of a plain text (one line per paragraph or heading) whose heading lines are <paramref name="headings"/>.</summary>
    public static SearchBody From(string plain, ImmutableArray<Heading> headings)
    {
        ArgumentNullException.ThrowIfNull(plain);
        return new SearchBody(LeadOf(plain, headings), Count(plain));
    }

    private static ImmutableArray<KeyValuePair<string, int>> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        SearchIndexBuilder.Count(counts, text, 1);

        // A dictionary that was only added to enumerates in insertion order: the order the terms were met in.
        return [.. counts];
    }

    /// <summary>The words of the lines that are not headings (a snippet reads better from the paragraphs), one space apart, until past <see cref="LeadLength"/>.</summary>
    private static string LeadOf(string plain, ImmutableArray<Heading> headings)
    {
        var flat = new StringBuilder(LeadLength + 32);
        if (headings.IsDefaultOrEmpty)
        {
            CreateSearchIndex.AppendWords(flat, plain, LeadLength);
            return flat.ToString();
        }

        var texts = headings.Select(h => h.Text).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in plain.AsSpan().Split('\n'))
        {
            var line = plain.AsSpan(range);
            if (!texts.Contains(line.Trim()) && !CreateSearchIndex.AppendWords(flat, line, LeadLength))
            {
                break;
            }
        }

        return flat.ToString();
    }
}
