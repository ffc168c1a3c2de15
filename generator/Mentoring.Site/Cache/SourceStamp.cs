using Mentoring.Site.Content;
using Mentoring.Site.Output;

namespace Mentoring.Site.Cache;

/// <summary>
/// What a source file is without reading it: its device and inode, size, and the times of its last change of content
/// (mtime) and of its last change of anything (ctime, which no program can set back), to the nanosecond — what git's
/// index trusts to tell an unchanged file. A regular file with one name only (a link or a hard link is read afresh);
/// Linux only, elsewhere there is no stamp and every file is read.
/// </summary>
internal readonly record struct SourceStamp(ulong Device, ulong Inode, ulong Size, long MtimeSeconds, uint MtimeNanoseconds, long CtimeSeconds, uint CtimeNanoseconds)
{
    /// <summary>The stamp of the file at <paramref name="path"/>, or null when it has none (not a plain file, or not on Linux).</summary>
    public static SourceStamp? Of(string path) => Read(path, soleName: true);

    /// <summary>The stamp of the regular file at <paramref name="path"/> whatever its number of names, or null (not a file, not on Linux).</summary>
    public static SourceStamp? OfFile(string path) => Read(path, soleName: false);

    private static SourceStamp? Read(string path, bool soleName)
    {
        if (!FileIdentity.Supported || !FileLinks.TryStatx(path, followLinks: false, out var sx, FileLinks.StatxStamp)
            || (sx.Mask & FileLinks.StatxStamp) != FileLinks.StatxStamp || !sx.IsRegularFile || (soleName && sx.Nlink != 1))
        {
            return null;
        }

        return new SourceStamp(((ulong)sx.DevMajor << 32) | sx.DevMinor, sx.Ino, sx.Size, sx.MtimeSeconds, sx.MtimeNanoseconds, sx.CtimeSeconds, sx.CtimeNanoseconds);
    }

    /// <summary>
    /// A file changed less than this before its stamp was taken may change again within the file system's time
    /// granularity and keep the same stamp (git's "racily clean" entries): it is not kept by the cache, only read.
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    /// <summary>True when the file's last change (ctime) is at least <see cref="SettleTime"/> before <paramref name="utcNow"/>.</summary>
    public bool SettledBy(DateTime utcNow) =>
        utcNow.Ticks - Ticks(CtimeSeconds, CtimeNanoseconds) >= SettleTime.Ticks;

    /// <summary>The modification time as .NET's <see cref="FileSystemInfo.LastWriteTimeUtc"/> ticks tell it.</summary>
    public long LastWriteTicks => Ticks(MtimeSeconds, MtimeNanoseconds);

    /// <summary>A file time as <see cref="DateTime"/> ticks (UTC), as .NET itself converts it.</summary>
    private static long Ticks(long seconds, uint nanoseconds) =>
        DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);

    public void Write(BinaryWriter w)
    {
        w.Write(Device);
        w.Write(Inode);
        w.Write(Size);
        w.Write(MtimeSeconds);
        w.Write(MtimeNanoseconds);
        w.Write(CtimeSeconds);
        w.Write(CtimeNanoseconds);
    }

    public static SourceStamp Read(BinaryReader r) =>
        new(r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64(), r.ReadInt64(), r.ReadUInt32(), r.ReadInt64(), r.ReadUInt32());
}
