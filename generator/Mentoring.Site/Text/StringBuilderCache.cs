using System.Text;

namespace Mentoring.Site.Text;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread. Typography runs on every page of a
/// large site, in parallel; reusing the builder keeps it from allocating a page-sized buffer
/// per call. Very large builders are not kept, so one huge page does not pin memory.
/// </summary>
internal static class StringBuilderCache
{
    private const int MaxRetainedCapacity = 512 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    [ThreadStatic]
    private static StringBuilder? t_second;

    public static StringBuilder Acquire(int capacity)
    {
        StringBuilder? builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(Math.Min(capacity, MaxRetainedCapacity));
        }

        t_cached = null;
        return builder.Clear();
    }

    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxRetainedCapacity)
        {
            t_cached = builder;
        }
    }

    /// <summary>A second builder, for use while the first one is acquired (a paragraph inside a page).</summary>
    public static StringBuilder AcquireSecond(int capacity)
    {
        StringBuilder? builder = t_second;
        if (builder is null)
        {
            return new StringBuilder(Math.Min(capacity, MaxRetainedCapacity));
        }

        t_second = null;
        return builder.Clear();
    }

    public static void ReleaseSecond(StringBuilder builder)
    {
        if (builder.Capacity <= MaxRetainedCapacity)
        {
            t_second = builder;
        }
    }
}
