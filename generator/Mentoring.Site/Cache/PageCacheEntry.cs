using System.Collections.Immutable;

namespace Mentoring.Site.Cache;

/// <summary>
/// What the cache remembers of one written page: the fingerprint of everything it was made from, the file it
/// became in output/ (size and modification time, to notice a file changed or removed since), and what other
/// steps need without reading it: its ids (for anchor checks) and its links (for the link check).
/// </summary>
public sealed record PageCacheEntry(
    string Destination,
    UInt128 Fingerprint,
    long Length,
    long LastWriteTicks,
    ImmutableArray<string> Ids,
    ImmutableArray<string> Links);
