using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mentoring.Site.Library.Search;

/// <summary>
/// The query side of the search, in C#: a mirror of <c>search.js</c> step by step (parse, load shards, match,
/// intersect, rank, load the chunks of the shown results), so tests can query a built index with Russian word
/// forms and measure how many bytes a query downloads. Files are loaded on demand through <c>load</c> and cached,
/// as the browser does.
/// </summary>
public sealed class SearchQuery
{
    public const int PageSize = 10;

    /// <summary>
    /// The word being typed is matched as a prefix from this many letters of its stem: shorter prefixes
    /// («про», «под») would pull in large parts of the index for little use.
    /// </summary>
    public const int MinPrefixLength = 4;

    private readonly Func<string, string?> _load;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private long _bytes;
    private int _files;
    private Manifest? _manifest;

    /// <param name="load">Returns the text of a file by its output path ("search/manifest.json"), or null when absent.</param>
    public SearchQuery(Func<string, string?> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
    }

    /// <summary>Bytes downloaded so far by this instance (each file counted once, as a browser cache would).</summary>
    public long BytesLoaded => _bytes;

    public SearchResult Run(string query, int take = PageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        var startBytes = _bytes;
        var startFiles = _files;
        var manifest = _manifest ??= LoadManifest();
        var terms = Parse(query, manifest.Stop, manifest.Prefix);
        if (terms.IsEmpty)
        {
            return new SearchResult(terms, [], [], _bytes - startBytes, _files - startFiles);
        }

        Dictionary<int, (int TitleHits, int Score)>? matches = null;
        foreach (var term in terms)
        {
            var postings = Postings(term, manifest);
            if (matches is null)
            {
                matches = postings.ToDictionary(kv => kv.Key, kv => (kv.Value & 1, kv.Value >> 1));
            }
            else
            {
                var next = new Dictionary<int, (int, int)>();
                foreach (var (id, (titleHits, score)) in matches)
                {
                    if (postings.TryGetValue(id, out var w))
                    {
                        next[id] = (titleHits + (w & 1), score + (w >> 1));
                    }
                }

                matches = next;
            }

            if (matches.Count == 0)
            {
                break;
            }
        }

        var ids = matches!.OrderByDescending(kv => kv.Value.TitleHits).ThenByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key)
            .Select(kv => kv.Key).ToImmutableArray();
        var hits = ImmutableArray.CreateBuilder<SearchHit>();
        foreach (var id in ids.Take(take))
        {
            var chunk = Load("search/docs/" + (id / manifest.Chunk).ToString(CultureInfo.InvariantCulture) + ".json");
            using var json = JsonDocument.Parse(chunk ?? "[]");
            var entry = json.RootElement[id % manifest.Chunk];
            var (t, s) = matches![id];
            hits.Add(new SearchHit(id, entry[0].GetString()!, entry[1].GetString()!, entry[2].GetString()!, entry[3].GetString()!, t, s));
        }

        return new SearchResult(terms, ids, hits.ToImmutable(), _bytes - startBytes, _files - startFiles);
    }

    /// <summary>The terms of a query: stop words and short words dropped, duplicates once; the last word is a prefix while it is being typed.</summary>
    public static ImmutableArray<SearchTerm> Parse(string query, IReadOnlySet<string> stop, int minPrefix = MinPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(stop);
        var words = SearchText.Words(query).ToList();
        var open = query.Length > 0 && !char.IsWhiteSpace(query[^1]);
        var terms = ImmutableArray.CreateBuilder<SearchTerm>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < SearchText.MinLength || w.Length > SearchText.MaxLength || stop.Contains(w))
            {
                continue;
            }

            var stem = RussianStemmer.Stem(w);
            if (stem.Length < SearchText.MinLength)
            {
                continue;
            }

            var term = new SearchTerm(stem, open && i == words.Count - 1 && stem.Length >= minPrefix);
            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms.ToImmutable();
    }

    /// <summary>The shards to load for a term: the longest key that is a prefix of it and, for a prefix term, every longer key it begins.</summary>
    public static IEnumerable<string> ShardsFor(SearchTerm term, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(keys);
        string? best = null;
        foreach (var k in keys)
        {
            if (term.Stem.StartsWith(k, StringComparison.Ordinal) && (best is null || k.Length > best.Length))
            {
                best = k;
            }
        }

        if (best is not null)
        {
            yield return best;
        }

        if (term.Prefix)
        {
            foreach (var k in keys)
            {
                if (k != best && k.StartsWith(term.Stem, StringComparison.Ordinal))
                {
                    yield return k;
                }
            }
        }
    }

    private Dictionary<int, int> Postings(SearchTerm term, Manifest manifest)
    {
        var result = new Dictionary<int, int>();
        foreach (var key in ShardsFor(term, manifest.Shards))
        {
            var text = Load("search/index/" + SearchText.ShardFileName(key) + ".json");
            if (text is null)
            {
                continue;
            }

            using var json = JsonDocument.Parse(text);
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                var match = term.Prefix ? entry.Name.StartsWith(term.Stem, StringComparison.Ordinal) : entry.Name == term.Stem;
                if (!match)
                {
                    continue;
                }

                var id = 0;
                var items = entry.Value.EnumerateArray().Select(e => e.GetInt32()).ToArray();
                for (var i = 0; i < items.Length; i += 2)
                {
                    id += items[i];
                    var w = items[i + 1];
                    result[id] = result.TryGetValue(id, out var old) ? Math.Max(old, w) : w;
                }
            }
        }

        return result;
    }

    private Manifest LoadManifest()
    {
        var text = Load("search/manifest.json") ?? throw new InvalidOperationException("search/manifest.json is missing.");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        return new Manifest(
            root.GetProperty("chunk").GetInt32(),
            root.GetProperty("prefix").GetInt32(),
            [.. root.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!)],
            root.GetProperty("stop").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal));
    }

    private string? Load(string path)
    {
        if (_cache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var text = _load(path);
        _cache[path] = text;
        if (text is not null)
        {
            _bytes += Encoding.UTF8.GetByteCount(text);
            _files++;
        }

        return text;
    }

    private sealed record Manifest(int Chunk, int Prefix, ImmutableArray<string> Shards, HashSet<string> Stop);
}
