using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Mentoring.Site.Library.Search;

/// <summary>
/// Builds the static search index. A query must not download the whole index, so it is cut three ways:
/// <list type="bullet">
/// <item><c>search/manifest.json</c> — small: the shard keys, the stop words, the document count;</item>
/// <item><c>search/index/&lt;key&gt;.json</c> — the postings of the terms (stems) starting with the key: keys are the
/// first two letters of the stem, and a shard larger than <see cref="ShardLimit"/> is split by the next letter, and so on (at most eight letters);</item>
/// <item><c>search/docs/&lt;n&gt;.json</c> — title, address, date and snippet text of <see cref="ChunkSize"/> documents,
/// fetched only for the results shown.</item>
/// </list>
/// A posting is a pair of numbers: the document id (delta-encoded) and a weight <c>2·score + title</c>, where
/// the low bit says the term is in the title (such results come first) and the score counts occurrences,
/// the summary and tags counting three times.
/// </summary>
public static class SearchIndexBuilder
{
    public const int ShardLimit = 24 * 1024;
    public const int MaxKeyLength = 8;
    public const int ChunkSize = 4;
    public const int MaxScore = 50;
    public const int FormatVersion = 1;

    private const int InTitle = 1 << 28;

    /// <param name="weigh">Gives each document's term weights; default <see cref="WeighTerms"/>.</param>
    public static SearchIndexFiles Build(IReadOnlyList<SearchDocument> documents, Func<SearchDocument, KeyValuePair<string, int>[]>? weigh = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        weigh ??= WeighTerms;
        var perDocument = new KeyValuePair<string, int>[documents.Count][];
        Parallel.For(0, documents.Count, i => perDocument[i] = weigh(documents[i]));

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < perDocument.Length; id++)
        {
            foreach (var (term, weight) in perDocument[id])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(id);
                list.Add(weight);
            }
        }

        var sortedTerms = postings.Keys.ToArray();
        Array.Sort(sortedTerms, StringComparer.Ordinal);
        // Thousands of terms, each with a posting per document that has it: encoded in parallel.
        var encodedTerms = new string[sortedTerms.Length];
        Parallel.For(0, sortedTerms.Length, i => encodedTerms[i] = Encode(postings[sortedTerms[i]]));
        var encoded = new Dictionary<string, string>(sortedTerms.Length, StringComparer.Ordinal);
        for (var i = 0; i < sortedTerms.Length; i++)
        {
            encoded[sortedTerms[i]] = encodedTerms[i];
        }

        var shards = Partition([.. sortedTerms], 2, encoded);
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, terms) in shards)
        {
            var sb = new StringBuilder("{");
            var first = true;
            foreach (var term in terms)
            {
                if (!first)
                {
                    sb.Append(',');
                }

                first = false;
                sb.Append(JsonSerializer.Serialize(term, JsonOptions)).Append(':').Append(encoded[term]);
            }

            files["search/index/" + SearchText.ShardFileName(key) + ".json"] = sb.Append('}').ToString();
        }

        for (var chunk = 0; chunk * ChunkSize < documents.Count; chunk++)
        {
            var slice = documents.Skip(chunk * ChunkSize).Take(ChunkSize).ToList();
            files["search/docs/" + chunk.ToString(CultureInfo.InvariantCulture) + ".json"] = SearchJson.Write(w =>
            {
                w.WriteStartArray();
                foreach (var d in slice)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(d.Title);
                    w.WriteStringValue(d.Url);
                    w.WriteStringValue(d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                    w.WriteStringValue(d.Label);
                    w.WriteStringValue(d.Summary);
                    w.WriteStringValue(d.Excerpt);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            });
        }

        files["search/manifest.json"] = SearchJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", FormatVersion);
            w.WriteNumber("count", documents.Count);
            w.WriteNumber("chunk", ChunkSize);
            w.WriteNumber("min", SearchText.MinLength);
            w.WriteNumber("prefix", SearchQuery.MinPrefixLength);
            w.WriteString("root", "../");
            w.WriteStartArray("stop");
            foreach (var s in SearchText.StopWords.Order(StringComparer.Ordinal))
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteStartArray("shards");
            foreach (var (key, _) in shards)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        return new SearchIndexFiles(files.ToImmutable());
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = SearchJson.Options.Encoder };

    /// <summary>
    /// Weight of each term of one document, in the order the terms are first met. Depends only on its title, meta,
    /// body and body counts (a rendered body comes counted: <see cref="SearchDocument.BodyCounts"/>).
    /// </summary>
    public static KeyValuePair<string, int>[] WeighTerms(SearchDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);

        // Sized for the body's terms up front: a practice has hundreds, and a growing table would be rebuilt many times.
        // A term of the title is marked by a high bit of its score (no count comes near it), not kept in a set.
        var score = new Dictionary<string, int>(d.BodyCounts.IsDefault ? 16 : d.BodyCounts.Length + 32, StringComparer.Ordinal);
        foreach (var word in SearchText.EnumerateWords(d.Title))
        {
            if (SearchText.Term(word) is { } t)
            {
                ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(score, t, out _);
                value = (value + 1) | InTitle;
            }
        }

        Count(score, d.Meta, 3);
        Count(score, d.Body, 1);
        if (!d.BodyCounts.IsDefaultOrEmpty)
        {
            foreach (var (term, count) in d.BodyCounts)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(score, term, out _) += count;
            }
        }

        // Nothing is ever removed, so the terms come out in the order they were first met.
        var weights = new KeyValuePair<string, int>[score.Count];
        var i = 0;
        foreach (var (term, value) in score)
        {
            weights[i++] = new(term, (Math.Min(value & ~InTitle, MaxScore) * 2) + ((value & InTitle) != 0 ? 1 : 0));
        }

        return weights;
    }

    /// <summary>Adds <paramref name="weight"/> to the score of each term of <paramref name="text"/>, once per occurrence.</summary>
    internal static void Count(Dictionary<string, int> score, string text, int weight)
    {
        foreach (var word in SearchText.EnumerateWords(text))
        {
            if (SearchText.Term(word) is { } t)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(score, t, out _) += weight;
            }
        }
    }

    /// <summary>Postings as a JSON array with delta-encoded ids: <c>[id0,w0,id1-id0,w1,…]</c>.</summary>
    private static string Encode(List<int> pairs)
    {
        var sb = new StringBuilder(pairs.Count * 3);
        sb.Append('[');
        var previous = 0;
        for (var i = 0; i < pairs.Count; i += 2)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            // Non-negative numbers: their digits are the same in every culture, and written in place, not as strings.
            sb.Append(pairs[i] - previous).Append(',').Append(pairs[i + 1]);
            previous = pairs[i];
        }

        return sb.Append(']').ToString();
    }

    /// <summary>
    /// Groups the terms into shards by their first <paramref name="length"/> letters; a shard larger than
    /// <see cref="ShardLimit"/> keeps only the term equal to its key and hands the rest down one letter longer.
    /// So the shard of a term is always the longest key that is a prefix of it.
    /// </summary>
    private static List<(string Key, List<string> Terms)> Partition(List<string> terms, int length, Dictionary<string, string> encoded)
    {
        var result = new List<(string, List<string>)>();
        foreach (var group in terms.GroupBy(t => t[..Math.Min(length, t.Length)], StringComparer.Ordinal))
        {
            var members = group.ToList();
            var size = members.Sum(t => (t.Length * 2) + encoded[t].Length + 4);
            if (size <= ShardLimit || length >= MaxKeyLength || members.Count == 1)
            {
                result.Add((group.Key, members));
                continue;
            }

            var own = members.Where(t => t.Length == length).ToList();
            if (own.Count > 0)
            {
                result.Add((group.Key, own));
            }

            result.AddRange(Partition([.. members.Where(t => t.Length > length)], length + 1, encoded));
        }

        return result;
    }
}
