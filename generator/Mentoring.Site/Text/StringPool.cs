using System.Collections.Concurrent;

namespace Mentoring.Site.Text;

/// <summary>
/// One string object for equal strings that thousands of pages carry — their links and ids, kept for the link check
/// and the build cache: at ten thousand practices that is millions of copies of a few thousand values. A value
/// already pooled costs no allocation (looked up by span). Bounded, so a long preview session does not grow it
/// without end: past the bound values are simply not shared.
/// </summary>
internal static class StringPool
{
    private const int Capacity = 1 << 18;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    public static string Get(ReadOnlySpan<char> value)
    {
        if (Lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return text;
        }

        var shared = Pool.GetOrAdd(text, text);
        if (ReferenceEquals(shared, text))
        {
            Interlocked.Increment(ref _count);
        }

        return shared;
    }
}
