using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Mentoring.Site.Build;
using Mentoring.Site.Library;
using Mentoring.Site.Library.Search;
using Mentoring.Site.Markdown;

namespace Mentoring.Site.Cache;

/// <summary>
/// The build cache: rendered Markdown by source fingerprint, and written pages by the fingerprint of their model,
/// so a rebuild after a small change renders and writes only what the change affects. It lives in
/// <c>.mentoring-cache/</c> of the site (never in output/). Every file carries the generator's identity and
/// a checksum; the page file also the theme and the settings that shape pages: a new generator, another theme
/// or a damaged file makes the cache start empty. A cached page is reused only while its file in output/ still
/// has the size and time the cache recorded. Thread-safe: modules use it from parallel work.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".mentoring-cache";

    /// <summary>
    /// The Markdown bodies are kept in this many files, by their fingerprint: a change to one body writes one file of
    /// a sixty-fourth of the whole (at ten thousand practices, 3 MB instead of 190 MB), and the files are read side
    /// by side.
    /// </summary>
    public const int MarkdownShards = 64;

    private readonly FrozenDictionary<UInt128, MarkdownResult> _markdown;
    private readonly FrozenDictionary<string, PageCacheEntry> _pages;
    private readonly ConcurrentDictionary<UInt128, MarkdownResult> _nextMarkdown = new();
    private readonly ConcurrentDictionary<string, PageCacheEntry> _nextPages = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, CachedPractice> _practices;
    private readonly ConcurrentDictionary<string, CachedPractice> _nextPractices = new(StringComparer.Ordinal);
    private readonly UInt128 _practicesHeader;
    private readonly RelatedLists? _related;
    private RelatedLists? _nextRelated;
    private int _practicesReused;
    private readonly string? _folder;
    private readonly bool _persist;
    private readonly string _outputPath;
    private readonly UInt128 _markdownHeader;
    private readonly UInt128 _pagesHeader;
    private int _markdownReused;
    private int _markdownRendered;
    private readonly int[] _markdownStoredIn = new int[MarkdownShards];
    private int _pagesReused;
    private int _pagesRendered;
    private TimeSpan _openTime;
    private TimeSpan _saveTime;

    private BuildCache(string? folder, string outputPath, UInt128 markdownHeader, UInt128 pagesHeader,
        FrozenDictionary<UInt128, MarkdownResult> markdown, FrozenDictionary<string, PageCacheEntry> pages, bool persist = true,
        UInt128 practicesHeader = default, FrozenDictionary<string, CachedPractice>? practices = null, RelatedLists? related = null)
    {
        _related = related;
        _practicesHeader = practicesHeader;
        _practices = practices ?? FrozenDictionary<string, CachedPractice>.Empty;
        _folder = folder;
        _persist = persist;
        _outputPath = outputPath;
        _markdownHeader = markdownHeader;
        _pagesHeader = pagesHeader;
        _markdown = markdown;
        _pages = pages;
    }

    /// <summary>False for a build without a cache (check, or a cache that cannot be used): nothing is reused or kept.</summary>
    public bool Enabled => _folder is not null;

    /// <summary>True for the cache of the command line, kept in .mentoring-cache/; false in the preview's memory.</summary>
    public bool Persistent => _persist && Enabled;

    public static BuildCache Disabled { get; } = new(null, string.Empty, default, default,
        FrozenDictionary<UInt128, MarkdownResult>.Empty, FrozenDictionary<string, PageCacheEntry>.Empty);

    /// <summary>
    /// The start of a chain of builds that keep their cache in memory only (the preview of <c>serve</c>): nothing is
    /// read from or written to disk, and each build hands its results to the next through <see cref="Successor"/>.
    /// </summary>
    public static BuildCache InMemory { get; } = new(string.Empty, string.Empty, default, default,
        FrozenDictionary<UInt128, MarkdownResult>.Empty, FrozenDictionary<string, PageCacheEntry>.Empty, persist: false);

    public CacheStatistics Statistics => new(_markdownReused, _markdownRendered, _pagesReused, _pagesRendered)
    {
        PracticesReused = _practicesReused,
        OpenTime = _openTime,
        SaveTime = _saveTime,
    };

    /// <summary>
    /// Opens the cache of <paramref name="settings"/>' site for its output folder. With <paramref name="clean"/> the
    /// stored cache is not read (the build starts from nothing) but a fresh one is written after it.
    /// </summary>
    public static BuildCache Open(BuildSettings settings, bool clean, BuildCache? previous = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cache = OpenUntimed(settings, clean, previous);
        cache._openTime = watch.Elapsed;
        return cache;
    }

    private static BuildCache OpenUntimed(BuildSettings settings, bool clean, BuildCache? previous)
    {
        var folder = settings.CachePath ?? Path.Combine(settings.SiteRoot, FolderName);
        var output = settings.ResolvedOutputPath;
        var markdownHeader = CacheIdentity.ForMarkdown(settings);
        var pagesHeader = CacheIdentity.ForPages(settings);
        if (previous is { _persist: false })
        {
            // A build of the preview: the previous build's results, if the generator, theme and settings still match.
            return new BuildCache(folder, previous._outputPath, markdownHeader, pagesHeader,
                !clean && previous._markdownHeader == markdownHeader ? previous._markdown : FrozenDictionary<UInt128, MarkdownResult>.Empty,
                !clean && previous._pagesHeader == pagesHeader ? previous._pages : FrozenDictionary<string, PageCacheEntry>.Empty,
                persist: false);
        }

        var practicesHeader = CacheIdentity.ForPractices(settings);
        if (clean)
        {
            return new BuildCache(folder, output, markdownHeader, pagesHeader,
                FrozenDictionary<UInt128, MarkdownResult>.Empty, FrozenDictionary<string, PageCacheEntry>.Empty, practicesHeader: practicesHeader);
        }

        var markdown = ReadMarkdownShards(folder, markdownHeader);
        var pages = ReadPageShards(folder, output, pagesHeader);
        var practices = ReadPracticeShards(folder, practicesHeader);
        var related = CacheFile.TryRead(Path.Combine(folder, RelatedFile), markdownHeader, ReadRelated);
        return new BuildCache(folder, output, markdownHeader, pagesHeader, markdown, pages, practicesHeader: practicesHeader, practices: practices, related: related);
    }

    /// <summary>The parsed practices are kept in this many files by their source path, for the same reason as the bodies.</summary>
    public const int PracticeShards = 64;

    private static int PracticeShardOf(string source) => (int)((ulong)Fingerprint.Of(source) & (PracticeShards - 1));

    private static string PracticesPath(string folder, int shard) =>
        Path.Combine(folder, "practices-" + shard.ToString("x2", CultureInfo.InvariantCulture) + ".bin");

    /// <summary>Every file of parsed practices, read side by side; a missing or damaged one only leaves its practices out.</summary>
    private static FrozenDictionary<string, CachedPractice> ReadPracticeShards(string folder, UInt128 header) =>
        ReadShards(PracticeShards, shard => CacheFile.TryRead(PracticesPath(folder, shard), header, ReadPractices), PracticeShardOf, StringComparer.Ordinal);

    /// <summary>
    /// Reads the <paramref name="count"/> files of one kind side by side and merges them; a missing, stale or damaged file
    /// (<paramref name="read"/> gives null) only leaves its entries out. An entry filed under another shard than its
    /// key's is not this cache's: not trusted.
    /// </summary>
    private static FrozenDictionary<TKey, TValue> ReadShards<TKey, TValue>(int count, Func<int, Dictionary<TKey, TValue>?> read, Func<TKey, int> shardOf, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var shards = new Dictionary<TKey, TValue>?[count];
        Parallel.For(0, count, shard => shards[shard] = read(shard));
        var all = new Dictionary<TKey, TValue>(shards.Sum(d => d?.Count ?? 0), comparer);
        for (var shard = 0; shard < count; shard++)
        {
            foreach (var (key, value) in shards[shard] ?? [])
            {
                if (shardOf(key) == shard)
                {
                    all[key] = value;
                }
            }
        }

        return all.ToFrozenDictionary(comparer);
    }

    /// <summary>
    /// Writes the shards of practices that changed: a reused practice is the record read, so a shard all of whose
    /// practices were reused (and none added or dropped) is left as it is.
    /// </summary>
    private void SavePractices(string folder) =>
        SaveShards(PracticeShards, _nextPractices.Values, _practices, p => p.Source, PracticeShardOf, ReferenceEquals,
            (shard, records) => CacheFile.Write(PracticesPath(folder, shard), _practicesHeader, w => WritePractices(w, records)),
            shard => File.Delete(PracticesPath(folder, shard)));

    /// <summary>
    /// Writes the shards whose entries changed since they were read (an entry new, different by
    /// <paramref name="same"/>, or gone), side by side, and deletes the shards left without entries.
    /// </summary>
    private static void SaveShards<TKey, TValue>(int count, IEnumerable<TValue> next, IReadOnlyDictionary<TKey, TValue> read, Func<TValue, TKey> keyOf,
        Func<TKey, int> shardOf, Func<TValue, TValue, bool> same, Action<int, List<TValue>> write, Action<int> delete)
    {
        var entries = new List<TValue>[count];
        var changed = new bool[count];
        var before = new int[count];
        for (var shard = 0; shard < count; shard++)
        {
            entries[shard] = [];
        }

        foreach (var entry in next)
        {
            var key = keyOf(entry);
            var shard = shardOf(key);
            entries[shard].Add(entry);
            if (!read.TryGetValue(key, out var old) || !same(old, entry))
            {
                changed[shard] = true;
            }
        }

        foreach (var key in read.Keys)
        {
            before[shardOf(key)]++;
        }

        Parallel.For(0, count, shard =>
        {
            if (entries[shard].Count == 0)
            {
                delete(shard);
            }
            else if (changed[shard] || entries[shard].Count != before[shard])
            {
                write(shard, entries[shard]);
            }
        });
    }

    private const string RelatedFile = "related.bin";

    /// <summary>The related practices of the last build, if they were computed from facts with this fingerprint.</summary>
    internal ImmutableArray<ImmutableArray<int>>? FindRelated(UInt128 facts) =>
        _related is { } related && related.Facts == facts ? related.Lists : null;

    /// <summary>Keeps this build's related practices for the next build (the command line's cache only).</summary>
    internal void StoreRelated(UInt128 facts, ImmutableArray<ImmutableArray<int>> lists)
    {
        if (Persistent)
        {
            _nextRelated = new RelatedLists(facts, lists);
        }
    }

    /// <summary>
    /// The practice parsed from <paramref name="source"/> by an earlier build, if its file still has the same
    /// <paramref name="stamp"/> and its body is in the cache; kept for the next build too. Only the command line's
    /// cache keeps practices: the preview reads every file.
    /// </summary>
    internal CachedPractice? FindPractice(string source, SourceStamp stamp)
    {
        if (_practices.TryGetValue(source, out var record) && record.Stamp == stamp && _markdown.ContainsKey(record.MarkdownKey))
        {
            return record;
        }

        return null;
    }

    /// <summary>Counts a practice taken from the cache and keeps it for the next build.</summary>
    internal void ReusePractice(CachedPractice record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _nextPractices[record.Source] = record;
        Interlocked.Increment(ref _practicesReused);
    }

    /// <summary>Keeps a practice just parsed for the next build (the command line's cache only).</summary>
    internal void StorePractice(CachedPractice record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Persistent)
        {
            _nextPractices[record.Source] = record;
        }
    }

    /// <summary>True when the cache keeps parsed practices (the command line's, not the preview's).</summary>
    public bool KeepsPractices => Persistent;

    /// <summary>
    /// What a following in-memory build starts from: this build's bodies and pages, the pages being the files of
    /// <paramref name="outputFolder"/> (where this build's site now is).
    /// </summary>
    public BuildCache Successor(string outputFolder) =>
        new(_folder, outputFolder, _markdownHeader, _pagesHeader, _nextMarkdown.ToFrozenDictionary(),
            _nextPages.ToFrozenDictionary(StringComparer.Ordinal), persist: false);

    /// <summary>The rendered Markdown of a source with this fingerprint, kept for the next build too.</summary>
    public bool TryGetMarkdown(UInt128 key, out MarkdownResult result)
    {
        if (Enabled && _markdown.TryGetValue(key, out result!))
        {
            _nextMarkdown[key] = result;
            Interlocked.Increment(ref _markdownReused);
            return true;
        }

        result = null!;
        return false;
    }

    public void CountRenderedMarkdown() => Interlocked.Increment(ref _markdownRendered);

    public void StoreMarkdown(UInt128 key, MarkdownResult result)
    {
        if (Enabled)
        {
            _nextMarkdown[key] = result;
            Volatile.Write(ref _markdownStoredIn[ShardOf(key)], 1);
        }
    }

    /// <summary>
    /// The previous build's page at <paramref name="destination"/> if it was made from the same fingerprint and its
    /// file in output/ is still the one written then.
    /// </summary>
    public PageCacheEntry? FindPage(string destination, UInt128 fingerprint)
    {
        if (!Enabled || !_pages.TryGetValue(destination, out var entry) || entry.Fingerprint != fingerprint)
        {
            return null;
        }

        var path = PreviousFile(destination);
        if (SourceStamp.OfFile(path) is { } stamp)
        {
            // One statx instead of FileInfo's stat: this runs for every page of the site.
            return (long)stamp.Size == entry.Length && stamp.LastWriteTicks == entry.LastWriteTicks ? entry : null;
        }

        var file = new FileInfo(path);
        return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc.Ticks == entry.LastWriteTicks ? entry : null;
    }

    /// <summary>Full path of the page in the current output/, which a reused page is taken from.</summary>
    public string PreviousFile(string destination) => Path.Combine(_outputPath, destination);

    public void CountRenderedPage() => Interlocked.Increment(ref _pagesRendered);

    public void CountReusedPage() => Interlocked.Increment(ref _pagesReused);

    /// <summary>Remembers a page written by this build (in the staging folder; the cache refers to it once it is output/).</summary>
    public void RecordPage(PageCacheEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Enabled)
        {
            _nextPages[entry.Destination] = entry;
        }
    }

    /// <summary>
    /// Writes what this build used and made, after the new site is in place. Entries the build did not touch are
    /// dropped, so the cache never outgrows the site. A cache that cannot be written is skipped: it only saves time.
    /// </summary>
    public void Save()
    {
        if (_folder is null || !_persist)
        {
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            SaveUntimed();
        }
        finally
        {
            _saveTime = watch.Elapsed;
        }
    }

    private void SaveUntimed()
    {
        var folder = _folder!;

        // A file whose entries are exactly those read from it (nothing new, nothing dropped) would be written with the
        // same bytes: after a change to data or a page no file of bodies is written, after a change to one body one
        // or two (its old and its new fingerprint's).
        var kept = new List<KeyValuePair<UInt128, MarkdownResult>>[MarkdownShards];
        var read = new int[MarkdownShards];
        for (var shard = 0; shard < MarkdownShards; shard++)
        {
            kept[shard] = [];
        }

        foreach (var entry in _nextMarkdown)
        {
            kept[ShardOf(entry.Key)].Add(entry);
        }

        foreach (var key in _markdown.Keys)
        {
            read[ShardOf(key)]++;
        }

        try
        {
            Directory.CreateDirectory(folder);

            // Independent files, written side by side.
            Parallel.Invoke(
                () => Parallel.For(0, MarkdownShards, shard =>
                {
                    var path = MarkdownPath(folder, shard);
                    if (kept[shard].Count == 0)
                    {
                        if (File.Exists(path))
                        {
                            File.Delete(path);
                        }

                        DeleteHtmlFiles(folder, shard, except: null);
                    }
                    else if (Volatile.Read(ref _markdownStoredIn[shard]) != 0 || kept[shard].Count != read[shard])
                    {
                        WriteMarkdownShard(folder, _markdownHeader, shard, kept[shard]);
                    }
                }),
                () => SavePages(folder),
                () => SavePractices(folder),
                () =>
                {
                    if (_nextRelated is { } related && !ReferenceEquals(related, _related))
                    {
                        CacheFile.Write(Path.Combine(folder, RelatedFile), _markdownHeader, w => WriteRelated(w, related));
                    }
                });
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            // A read-only site folder or a full disk: the next build simply starts without a cache.
        }

        try
        {
            // Search weights had a file of their own before they came with the bodies, and the bodies and the
            // practices were one file each.
            File.Delete(Path.Combine(folder, "search.bin"));
            File.Delete(Path.Combine(folder, "markdown.bin"));
            File.Delete(Path.Combine(folder, "practices.bin"));
            ForgetOtherOutputs(folder, PagesPrefix(_outputPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to try.
        }
    }

    /// <summary>How many output folders besides this build's keep their file of pages in the cache.</summary>
    public const int OtherOutputsKept = 3;

    /// <summary>
    /// Each output folder has its own files of pages (<c>pages-&lt;hash of the path&gt;-XX.bin</c>): a site built now and
    /// then into another folder (a test copy, the benchmark) would leave them piling up. The ones of the
    /// <see cref="OtherOutputsKept"/> folders built into most recently stay; older ones are deleted, and so is the
    /// single file of pages of earlier versions (<c>pages-&lt;hash&gt;.bin</c>).
    /// </summary>
    private static void ForgetOtherOutputs(string folder, string currentPrefix)
    {
        var files = new DirectoryInfo(folder).EnumerateFiles("pages-*.bin").ToList();
        foreach (var legacy in files.Where(f => f.Name.Length == "pages-".Length + 16 + ".bin".Length))
        {
            legacy.Delete();
        }

        var stale = files
            .Where(f => f.Name.Length > "pages-".Length + 16 + ".bin".Length && !f.Name.StartsWith(currentPrefix, StringComparison.Ordinal))
            .GroupBy(f => f.Name[..("pages-".Length + 16)], StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(f => f.LastWriteTimeUtc))
            .Skip(OtherOutputsKept)
            .SelectMany(g => g);
        foreach (var file in stale)
        {
            file.Delete();
        }
    }

    /// <summary>
    /// Writes the shards of pages whose entries changed: a rebuild after one practice changed writes one or a few of
    /// the <see cref="PageShards"/> files instead of every page's entry. A shard whose pages are all gone is deleted.
    /// </summary>
    private void SavePages(string folder) =>
        SaveShards(PageShards, _nextPages.Values, _pages, e => e.Destination, PageShardOf, (a, b) => a.Equals(b),
            (shard, entries) => CacheFile.Write(PagesPath(folder, _outputPath, shard), _pagesHeader, w => WritePages(w, entries)),
            shard => File.Delete(PagesPath(folder, _outputPath, shard)));

    /// <summary>The related practices of a build (indices into its catalogue) and the fingerprint of the facts they came from.</summary>
    internal sealed record RelatedLists(UInt128 Facts, ImmutableArray<ImmutableArray<int>> Lists);

    private static RelatedLists ReadRelated(BinaryReader r)
    {
        var facts = ReadKey(r);
        var count = r.ReadInt32();
        if (count < 0 || count > 1 << 24)
        {
            throw new FormatException("An impossible number of practices.");
        }

        var lists = ImmutableArray.CreateBuilder<ImmutableArray<int>>(count);
        for (var i = 0; i < count; i++)
        {
            var list = ImmutableArray.CreateBuilder<int>(r.Read7BitEncodedInt());
            for (var j = list.Capacity; j > 0; j--)
            {
                var index = r.Read7BitEncodedInt();
                if (index >= count)
                {
                    throw new FormatException("A related practice outside the catalogue.");
                }

                list.Add(index);
            }

            lists.Add(list.MoveToImmutable());
        }

        return new RelatedLists(facts, lists.MoveToImmutable());
    }

    private static void WriteRelated(BinaryWriter w, RelatedLists related)
    {
        WriteKey(w, related.Facts);
        w.Write(related.Lists.Length);
        foreach (var list in related.Lists)
        {
            w.Write7BitEncodedInt(list.Length);
            foreach (var index in list)
            {
                w.Write7BitEncodedInt(index);
            }
        }
    }

    private static Dictionary<string, CachedPractice> ReadPractices(BinaryReader r)
    {
        var count = r.ReadInt32();
        var result = new Dictionary<string, CachedPractice>(Math.Clamp(count, 0, 1 << 20), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = CachedPractice.Read(r);
            result[record.Source] = record;
        }

        return result;
    }

    private static void WritePractices(BinaryWriter w, List<CachedPractice> records)
    {
        var sorted = records.OrderBy(p => p.Source, StringComparer.Ordinal).ToArray();
        w.Write(sorted.Length);
        foreach (var record in sorted)
        {
            record.Write(w);
        }
    }

    private static int ShardOf(UInt128 key) => (int)((ulong)key & (MarkdownShards - 1));

    private static string MarkdownPath(string folder, int shard) =>
        Path.Combine(folder, "markdown-" + shard.ToString("x2", CultureInfo.InvariantCulture) + ".bin");

    /// <summary>The start of the names of a shard's files of HTML: <c>markdown-XX-</c>, then the hash of the bytes.</summary>
    private static string HtmlPrefix(int shard) => "markdown-" + shard.ToString("x2", CultureInfo.InvariantCulture) + "-";

    /// <summary>Every file of bodies, read side by side; a missing, stale or damaged file only leaves its bodies out.</summary>
    private static FrozenDictionary<UInt128, MarkdownResult> ReadMarkdownShards(string folder, UInt128 header) =>
        ReadShards(MarkdownShards, shard => CacheFile.TryRead(MarkdownPath(folder, shard), header, r => ReadMarkdown(r, folder, shard)), ShardOf);

    /// <summary>
    /// Writes a shard: first its HTML, all bodies one after another, to a file named by the hash of its bytes, then the
    /// checksummed file of records that points into it, then removes the shard's older files of HTML. A reader sees the
    /// old pair or the new one, whole. A body whose HTML cannot be read back from the old file is left out.
    /// </summary>
    private static void WriteMarkdownShard(string folder, UInt128 header, int shard, List<KeyValuePair<UInt128, MarkdownResult>> entries)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, (a, b) => a.Key.CompareTo(b.Key));
        var records = new List<(UInt128 Key, MarkdownResult Result, long Offset, int Length)>(sorted.Length);

        // Streamed to a file of a temporary name and hashed on the way (a shard is megabytes: no buffer of its size).
        var temporary = Path.Combine(folder, HtmlPrefix(shard) + "new." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp");
        var hash = new System.IO.Hashing.XxHash64();
        var encoded = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                foreach (var (key, result) in sorted)
                {
                    ReadOnlySpan<byte> bytes;
                    if (!result.IsDecoded && result.Stored is { } stored)
                    {
                        try
                        {
                            bytes = stored.Read().Bytes;
                        }
                        catch (CacheDamagedException)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        var text = result.Html;
                        var length = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
                        if (length > encoded.Length)
                        {
                            System.Buffers.ArrayPool<byte>.Shared.Return(encoded);
                            encoded = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
                        }

                        bytes = encoded.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, encoded));
                    }

                    records.Add((key, result, file.Position, bytes.Length));
                    file.Write(bytes);
                    hash.Append(bytes);
                }
            }

            var name = HtmlPrefix(shard) + hash.GetCurrentHashAsUInt64().ToString("x16", CultureInfo.InvariantCulture) + ".html";
            File.Move(temporary, Path.Combine(folder, name), overwrite: true);
            CacheFile.Write(MarkdownPath(folder, shard), header, w => WriteMarkdown(w, name, records));
            DeleteHtmlFiles(folder, shard, except: name);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(encoded);
            File.Delete(temporary);
        }
    }

    private static void DeleteHtmlFiles(string folder, int shard, string? except)
    {
        foreach (var file in Directory.EnumerateFiles(folder, HtmlPrefix(shard) + "*"))
        {
            if (Path.GetFileName(file) != except)
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The pages' entries are kept in this many files by their address, for the same reason as the bodies.</summary>
    public const int PageShards = 64;

    private static int PageShardOf(string destination) => (int)((ulong)Fingerprint.Of(destination) & (PageShards - 1));

    private static string PagesPrefix(string output) =>
        "pages-" + ((ulong)Fingerprint.Of(output)).ToString("x16", CultureInfo.InvariantCulture) + "-";

    private static string PagesPath(string folder, string output, int shard) =>
        Path.Combine(folder, PagesPrefix(output) + shard.ToString("x2", CultureInfo.InvariantCulture) + ".bin");

    /// <summary>Every file of pages of <paramref name="output"/>, read side by side; a missing or damaged one only leaves its pages out.</summary>
    private static FrozenDictionary<string, PageCacheEntry> ReadPageShards(string folder, string output, UInt128 header) =>
        ReadShards(PageShards, shard => CacheFile.TryRead(PagesPath(folder, output, shard), header, ReadPages), PageShardOf, StringComparer.Ordinal);

    /// <summary>
    /// Each record is stored with its length, so the file is first cut into records and the records are decoded in
    /// parallel. The name of the shard's file of HTML comes first, then the search terms of all bodies, each once, in a
    /// table the records refer to by number. The file of HTML must be there and long enough for every record; its
    /// bytes are checked when a body is read from it.
    /// </summary>
    private static Dictionary<UInt128, MarkdownResult> ReadMarkdown(BinaryReader r, string folder, int shard)
    {
        if (r.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer))
        {
            throw new FormatException("The cache is read from memory.");
        }

        var name = CacheFile.ReadString(r);
        if (!name.StartsWith(HtmlPrefix(shard), StringComparison.Ordinal) || !name.EndsWith(".html", StringComparison.Ordinal)
            || name.AsSpan(HtmlPrefix(shard).Length).ContainsAny(Path.GetInvalidFileNameChars()) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new FormatException("A cached body points outside its file of HTML.");
        }

        var htmlPath = Path.Combine(folder, name);
        var htmlFile = new FileInfo(htmlPath);
        var htmlLength = htmlFile.Exists ? htmlFile.Length : -1;
        var terms = ReadTable(r);
        var count = r.ReadInt32();
        var keys = new UInt128[count];
        var records = new (int Offset, int Length)[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = ReadKey(r);
            var length = r.ReadInt32();
            if (length < 0 || length > stream.Length - stream.Position)
            {
                throw new EndOfStreamException();
            }

            records[i] = ((int)stream.Position, length);
            stream.Position += length;
        }

        var results = new MarkdownResult[count];
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            Parallel.For(0, count, i =>
            {
                var (offset, length) = records[i];
                using var record = new BinaryReader(new MemoryStream(buffer.Array!, buffer.Offset + offset, length, writable: false, publiclyVisible: true), utf8);
                results[i] = ReadMarkdownRecord(record, terms, htmlPath, htmlLength);
                if (record.BaseStream.Position != length)
                {
                    throw new FormatException("A cached body is shorter than its record.");
                }
            });
        }
        catch (AggregateException ex)
        {
            // A damaged record: the caller discards the whole file, as for any other damage.
            throw new FormatException("A cached body cannot be read.", ex);
        }

        var result = new Dictionary<UInt128, MarkdownResult>(count);
        for (var i = 0; i < count; i++)
        {
            result[keys[i]] = results[i];
        }

        return result;
    }

    private static MarkdownResult ReadMarkdownRecord(BinaryReader r, string[] terms, string htmlPath, long htmlLength)
    {
        // The HTML stays in its file until a page is rendered with it.
        var htmlOffset = r.ReadInt64();
        var htmlBytes = r.ReadInt32();
        if (htmlOffset < 0 || htmlBytes < 0 || htmlOffset + htmlBytes > htmlLength)
        {
            throw new FormatException("A cached body lies outside its file of HTML.");
        }

        var htmlPrint = ReadKey(r);
        var lead = CacheFile.ReadString(r);
        var counts = ImmutableArray.CreateBuilder<KeyValuePair<string, int>>(r.Read7BitEncodedInt());
        for (var j = counts.Capacity; j > 0; j--)
        {
            counts.Add(new(terms[r.Read7BitEncodedInt()], r.Read7BitEncodedInt()));
        }

        var links = ImmutableArray.CreateBuilder<LinkReference>(r.ReadInt32());
        for (var j = links.Capacity; j > 0; j--)
        {
            links.Add(new LinkReference(CacheFile.ReadString(r), r.ReadBoolean() ? CacheFile.ReadString(r) : null, r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), CacheFile.ReadString(r)));
        }

        var headings = ImmutableArray.CreateBuilder<Heading>(r.ReadInt32());
        for (var j = headings.Capacity; j > 0; j--)
        {
            headings.Add(new Heading(r.ReadInt32(), CacheFile.ReadString(r), CacheFile.ReadString(r)));
        }

        return new MarkdownResult(new StoredHtml(htmlPath, htmlOffset, htmlBytes, htmlPrint), links.MoveToImmutable(), headings.MoveToImmutable(), new SearchBody(lead, counts.MoveToImmutable()));
    }

    private static void WriteMarkdown(BinaryWriter w, string htmlName, List<(UInt128 Key, MarkdownResult Result, long Offset, int Length)> records)
    {
        w.Write(htmlName);
        var terms = WriteTable(w, records.SelectMany(e => e.Result.Search.Counts.Select(c => c.Key)));
        w.Write(records.Count);
        using var record = new MemoryStream();
        using var writer = new BinaryWriter(record, new System.Text.UTF8Encoding(false), leaveOpen: true);
        foreach (var (key, result, offset, length) in records)
        {
            record.SetLength(0);
            WriteMarkdownRecord(writer, result, offset, length, terms);
            writer.Flush();
            WriteKey(w, key);
            w.Write((int)record.Length);
            w.Write(record.GetBuffer(), 0, (int)record.Length);
        }
    }

    private static void WriteMarkdownRecord(BinaryWriter w, MarkdownResult result, long htmlOffset, int htmlLength, Dictionary<string, int> terms)
    {
        w.Write(htmlOffset);
        w.Write(htmlLength);
        WriteKey(w, result.HtmlFingerprint);
        w.Write(result.Search.Lead);
        w.Write7BitEncodedInt(result.Search.Counts.Length);
        foreach (var (term, count) in result.Search.Counts)
        {
            w.Write7BitEncodedInt(terms[term]);
            w.Write7BitEncodedInt(count);
        }

        w.Write(result.Links.Length);
        foreach (var link in result.Links)
        {
            w.Write(link.Target);
            w.Write(link.Anchor is not null);
            if (link.Anchor is not null)
            {
                w.Write(link.Anchor);
            }

            w.Write(link.Line);
            w.Write(link.Column);
            w.Write(link.IsImage);
            w.Write(link.Original);
        }

        w.Write(result.Headings.Length);
        foreach (var heading in result.Headings)
        {
            w.Write(heading.Level);
            w.Write(heading.Id);
            w.Write(heading.Text);
        }
    }

    /// <summary>
    /// Pages share most of their ids and links (navigation, facets, footer): each distinct string is stored once
    /// in a table, and entries refer to it by number — a tenth of the size, and one string object per value.
    /// </summary>
    private static Dictionary<string, PageCacheEntry> ReadPages(BinaryReader r)
    {
        var table = ReadTable(r);
        var count = r.ReadInt32();
        var result = new Dictionary<string, PageCacheEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var destination = CacheFile.ReadString(r);
            var fingerprint = ReadKey(r);
            var length = r.ReadInt64();
            var ticks = r.ReadInt64();
            result[destination] = new PageCacheEntry(destination, fingerprint, length, ticks, ReadStrings(r, table), ReadStrings(r, table));
        }

        return result;
    }

    private static void WritePages(BinaryWriter w, List<PageCacheEntry> entries)
    {
        var sorted = entries.OrderBy(e => e.Destination, StringComparer.Ordinal).ToArray();
        // Pages share their strings as objects (read from one table, or from the build's string pool): counted by
        // reference, they are not hashed character by character a million times; a value met as two objects is
        // simply stored twice.
        var numbers = WriteTable(w, sorted.SelectMany(e => e.Ids.Concat(e.Links)), ReferenceEqualityComparer.Instance);
        w.Write(sorted.Length);
        foreach (var e in sorted)
        {
            w.Write(e.Destination);
            WriteKey(w, e.Fingerprint);
            w.Write(e.Length);
            w.Write(e.LastWriteTicks);
            WriteStrings(w, e.Ids, numbers);
            WriteStrings(w, e.Links, numbers);
        }
    }

    /// <summary>A table of distinct strings (by <paramref name="comparer"/>, ordinal by default), in the order first met; returns each string's number.</summary>
    private static Dictionary<string, int> WriteTable(BinaryWriter w, IEnumerable<string> values, IEqualityComparer<object>? comparer = null)
    {
        var numbers = new Dictionary<string, int>(comparer ?? (IEqualityComparer<string>)StringComparer.Ordinal);
        var table = new List<string>();
        foreach (var value in values)
        {
            if (numbers.TryAdd(value, table.Count))
            {
                table.Add(value);
            }
        }

        w.Write(table.Count);
        foreach (var value in table)
        {
            w.Write(value);
        }

        return numbers;
    }

    private static string[] ReadTable(BinaryReader r)
    {
        var table = new string[r.ReadInt32()];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = CacheFile.ReadString(r);
        }

        return table;
    }

    private static ImmutableArray<string> ReadStrings(BinaryReader r, string[] table)
    {
        var builder = ImmutableArray.CreateBuilder<string>(r.Read7BitEncodedInt());
        for (var j = builder.Capacity; j > 0; j--)
        {
            builder.Add(table[r.Read7BitEncodedInt()]);
        }

        return builder.MoveToImmutable();
    }

    private static void WriteStrings(BinaryWriter w, ImmutableArray<string> values, Dictionary<string, int> numbers)
    {
        w.Write7BitEncodedInt(values.Length);
        foreach (var v in values)
        {
            w.Write7BitEncodedInt(numbers[v]);
        }
    }

    private static UInt128 ReadKey(BinaryReader r)
    {
        var lo = r.ReadUInt64();
        return new UInt128(r.ReadUInt64(), lo);
    }

    private static void WriteKey(BinaryWriter w, UInt128 key)
    {
        w.Write((ulong)key);
        w.Write((ulong)(key >> 64));
    }
}
