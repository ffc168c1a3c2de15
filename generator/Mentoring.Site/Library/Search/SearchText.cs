using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace Mentoring.Site.Library.Search;

/// <summary>
/// How text becomes search terms — the same rules as <c>search.js</c>, which receives the stop words in the
/// manifest: lower case, «ё» as «е», words are runs of Russian or Latin letters and digits, words shorter than
/// two letters and stop words are skipped, Russian words are stemmed.
/// </summary>
public static class SearchText
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    /// <summary>Function words that carry no meaning for search; sent to the browser in the manifest.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
        "во", "не", "что", "он", "на", "как", "то", "все", "она", "так", "его", "но", "да", "ты", "же", "вы", "за",
        "бы", "по", "ее", "мне", "было", "вот", "от", "меня", "еще", "нет", "из", "ему", "ли", "если", "уже", "или",
        "ни", "быть", "был", "него", "до", "вас", "там", "себя", "ей", "они", "тут", "где", "есть", "ней", "для",
        "мы", "тебя", "их", "чем", "была", "сам", "без", "чего", "себе", "под", "будет", "кто", "этот", "того",
        "этого", "этом", "тем", "чтобы", "нее", "были", "при", "об", "обо", "через", "эти", "нас", "про", "них",
        "эту", "этой", "перед", "им", "также", "это", "со", "ко", "ото", "который", "которые", "которая", "которых");

    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/>, normalised, in order (stop words and short words included).</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        foreach (var raw in text)
        {
            // Fast paths for the letters that matter; char.ToLowerInvariant goes through TextInfo for every char.
            var c = raw switch
            {
                >= 'а' and <= 'я' or >= 'a' and <= 'z' or >= '0' and <= '9' => raw,
                >= 'А' and <= 'Я' => (char)(raw + 0x20),
                >= 'A' and <= 'Z' => (char)(raw + 0x20),
                'ё' or 'Ё' => 'е',
                < '\u0080' => raw,
                _ => char.ToLowerInvariant(raw),
            };
            if (c == 'ё')
            {
                c = 'е';
            }

            if (c is (>= 'а' and <= 'я') or (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
                continue;
            }

            if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    /// <summary>The term of one normalised word, or null when it is not searched for.</summary>
    public static string? Term(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength || word.Length > MaxLength || StopWords.Contains(word))
        {
            return null;
        }

        var stem = Stems.GetOrAdd(word, RussianStemmer.Stem);
        return stem.Length < MinLength ? null : stem;
    }

    /// <summary>The terms of <paramref name="text"/>, in order, repeated as often as they occur.</summary>
    public static IEnumerable<string> Terms(string text) => Words(text).Select(Term).OfType<string>();

    /// <summary>File name of the shard holding <paramref name="key"/>: four hex digits per character, ASCII only.</summary>
    public static string ShardFileName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var sb = new StringBuilder(key.Length * 4);
        foreach (var c in key)
        {
            sb.Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
