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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsBySpan =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/> of characters outside the fast paths, filled as they are met:
    /// the invariant culture's lower case goes through <see cref="System.Globalization.TextInfo"/> for every
    /// character, and body text is full of no-break spaces, dashes and «ёлочки». Zero means not yet known.
    /// </summary>
    private static readonly char[] LowerInvariant = new char[char.MaxValue + 1];

    /// <summary>The words of <paramref name="text"/>, normalised, in order (stop words and short words included).</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordList(text);
    }

    private static List<string> WordList(string text)
    {
        var words = new List<string>();
        foreach (var word in EnumerateWords(text))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>The words of <paramref name="text"/> as <see cref="Words"/> makes them, without a string per word.</summary>
    internal static WordEnumerator EnumerateWords(string text) => new(text);

    /// <summary>The term of one normalised word, or null when it is not searched for.</summary>
    public static string? Term(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Term(word.AsSpan());
    }

    /// <summary>The term of one normalised word, or null when it is not searched for.</summary>
    internal static string? Term(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength || StopWordsBySpan.Contains(word))
        {
            return null;
        }

        if (!StemsBySpan.TryGetValue(word, out var stem))
        {
            stem = Stems.GetOrAdd(word.ToString(), RussianStemmer.Stem);
        }

        return stem.Length < MinLength ? null : stem;
    }

    /// <summary>The terms of <paramref name="text"/>, in order, repeated as often as they occur.</summary>
    public static IEnumerable<string> Terms(string text) => Words(text).Select(Term).OfType<string>();

    /// <summary>One character as words are compared: lower case, «ё» as «е»; '\0' ends a word.</summary>
    private static char Normalise(char raw)
    {
        // Fast paths for the letters that matter; char.ToLowerInvariant goes through TextInfo for every char.
        var c = raw switch
        {
            >= 'а' and <= 'я' or >= 'a' and <= 'z' or >= '0' and <= '9' => raw,
            >= 'А' and <= 'Я' => (char)(raw + 0x20),
            >= 'A' and <= 'Z' => (char)(raw + 0x20),
            'ё' or 'Ё' => 'е',
            < '\u0080' => raw,
            _ => Lower(raw),
        };
        if (c == 'ё')
        {
            c = 'е';
        }

        return c is (>= 'а' and <= 'я') or (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '\0';
    }

    private static char Lower(char raw)
    {
        var lower = LowerInvariant[raw];
        if (lower == '\0')
        {
            lower = char.ToLowerInvariant(raw);
            LowerInvariant[raw] = lower;
        }

        return lower;
    }

    /// <summary>Enumerates normalised words as spans of a buffer that is reused for the next word.</summary>
    internal ref struct WordEnumerator
    {
        private readonly string _text;
        private int _position;
        private char[] _buffer;
        private int _length;

        internal WordEnumerator(string text)
        {
            _text = text;
            _buffer = new char[64];
        }

        public readonly ReadOnlySpan<char> Current => _buffer.AsSpan(0, _length);

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            _length = 0;
            var text = _text;
            while (_position < text.Length)
            {
                var c = Normalise(text[_position++]);
                if (c != '\0')
                {
                    if (_length == _buffer.Length)
                    {
                        Array.Resize(ref _buffer, _buffer.Length * 2);
                    }

                    _buffer[_length++] = c;
                }
                else if (_length > 0)
                {
                    return true;
                }
            }

            return _length > 0;
        }
    }

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
