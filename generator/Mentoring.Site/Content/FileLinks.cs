using System.Runtime.InteropServices;

namespace Mentoring.Site.Content;

/// <summary>
/// How many names a file has on disk. A hard link is a second name of the same file: unlike a symbolic link it
/// does not say where the other name is, so a file in content/ may be the very file of ~/.ssh or /etc. .NET does
/// not expose the link count; this asks the C library (statx on Linux, stat on macOS). Elsewhere it is unknown.
/// </summary>
internal static partial class FileLinks
{
    private const int AtFdCwd = -100;
    private const uint StatxNlink = 0x4;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const uint StatxMtime = 0x40;
    private const uint StatxCtime = 0x80;
    private const uint StatxSize = 0x200;

    /// <summary>What <see cref="TryStatx"/> asks for when it must also tell a file's size and times.</summary>
    internal const uint StatxStamp = StatxType | StatxNlink | StatxIno | StatxMtime | StatxCtime | StatxSize;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    /// <summary>
    /// The number of names of the regular file at <paramref name="path"/> (symbolic links followed), or null when
    /// it is not a regular file or the system cannot tell.
    /// </summary>
    public static long? LinkCount(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (OperatingSystem.IsLinux())
            {
                if (!TryStatx(path, followLinks: true, out var sx) || (sx.Mask & StatxNlink) == 0)
                {
                    return null;
                }

                return (sx.Mode & TypeMask) == RegularFile ? sx.Nlink : null;
            }

            if (OperatingSystem.IsMacOS())
            {
                var result = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? MacStat(path, out var st) : MacStatX64(path, out st);
                return result == 0 && (st.Mode & TypeMask) == RegularFile ? st.Nlink : null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // An old C library without statx: the check is skipped, as on Windows.
        }

        return null;
    }

    /// <summary>
    /// Linux's statx for <paramref name="path"/>: type, link count and inode (a symbolic link itself unless
    /// <paramref name="followLinks"/>). False when nothing is there. Throws when the C library has no statx.
    /// </summary>
    internal static bool TryStatx(string path, bool followLinks, out StatxBuffer buffer, uint mask = StatxNlink | StatxType | StatxIno) =>
        Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, mask, out buffer) == 0;

    /// <summary>The parts of Linux's <c>struct statx</c> read here (the same on every architecture); the kernel writes 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    internal struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(16)]
        public uint Nlink;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Ino;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(96)]
        public long CtimeSeconds;

        [FieldOffset(104)]
        public uint CtimeNanoseconds;

        [FieldOffset(112)]
        public long MtimeSeconds;

        [FieldOffset(120)]
        public uint MtimeNanoseconds;

        [FieldOffset(136)]
        public uint DevMajor;

        [FieldOffset(140)]
        public uint DevMinor;

        public readonly bool IsDirectory => (Mode & TypeMask) == 0x4000;

        public readonly bool IsRegularFile => (Mode & TypeMask) == RegularFile;
    }

    /// <summary>The start of macOS's 64-bit-inode <c>struct stat</c>: st_dev (4 bytes), st_mode, st_nlink; 144 bytes in all.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 144)]
    private struct MacStatBuffer
    {
        [FieldOffset(4)]
        public ushort Mode;

        [FieldOffset(6)]
        public ushort Nlink;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MacStat(string path, out MacStatBuffer buffer);

    [LibraryImport("libc", EntryPoint = "stat$INODE64", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MacStatX64(string path, out MacStatBuffer buffer);
}
