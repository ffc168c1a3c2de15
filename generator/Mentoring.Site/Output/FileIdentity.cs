using Mentoring.Site.Content;

namespace Mentoring.Site.Output;

/// <summary>
/// Which file a path names (device and inode), how many names that file has and whether it is a folder — what .NET
/// does not tell. The recycled staging folder needs it: a file there may be the very file output/ shows (linked by
/// a cached build), and writing into it would change the live site. Linux only; elsewhere <see cref="Supported"/>
/// is false and the staging folder is made new for every build.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, uint Links, bool IsDirectory, bool IsFile)
{
    private static readonly Lazy<bool> Probe = new(() =>
    {
        try
        {
            return OperatingSystem.IsLinux() && TryGet("/", out var root) && root.IsDirectory && root.Inode != 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // a C library without statx (glibc before 2.28)
        }
    });

    /// <summary>True when the system can tell file identities.</summary>
    public static bool Supported => Probe.Value;

    /// <summary>Both identities are of one file.</summary>
    public bool SameFile(FileIdentity other) => Device == other.Device && Inode == other.Inode;

    /// <summary>The identity of what <paramref name="path"/> names (a symbolic link itself, not its target); false when nothing is there.</summary>
    public static bool TryGet(string path, out FileIdentity identity)
    {
        identity = default;
        if (!OperatingSystem.IsLinux() || !FileLinks.TryStatx(path, followLinks: false, out var sx))
        {
            return false;
        }

        identity = new FileIdentity(((ulong)sx.DevMajor << 32) | sx.DevMinor, sx.Ino, sx.Nlink, sx.IsDirectory, sx.IsRegularFile);
        return true;
    }
}
