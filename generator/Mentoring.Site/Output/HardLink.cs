using System.Runtime.InteropServices;

namespace Mentoring.Site.Output;

/// <summary>
/// Gives an existing file a second name. A page the build cache reuses is linked from the previous output/ into
/// the staging folder instead of being written again: no bytes move, and the old folder can still be deleted.
/// .NET has no API for it; this calls link() of the C library, or CreateHardLinkW on Windows.
/// </summary>
internal static partial class HardLink
{
    /// <summary>True when <paramref name="link"/> now names the file <paramref name="existing"/>; false when the system refused (another disk, no support).</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                return CreateHardLinkW(link, existing, IntPtr.Zero);
            }

            return Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
