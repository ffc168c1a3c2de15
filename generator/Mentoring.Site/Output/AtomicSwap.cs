using System.Runtime.InteropServices;

namespace Mentoring.Site.Output;

/// <summary>
/// Exchanges two folders in one step (Linux renameat2 with RENAME_EXCHANGE, macOS renamex_np with RENAME_SWAP), so
/// there is no moment at which output/ does not exist — not even for a web server that reads it during a build.
/// Where the system or the file system cannot, the caller falls back to two renames.
/// </summary>
internal static partial class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> (both existing) have swapped names.</summary>
    public static bool TryExchange(string a, string b)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
            }

            if (OperatingSystem.IsMacOS())
            {
                return RenameXNp(a, b, RenameSwap) == 0;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without renameat2 (glibc before 2.28): two renames instead.
        }

        return false;
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "renamex_np", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameXNp(string from, string to, uint flags);
}
