using System.IO.Enumeration;
using System.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// Where the Output phase writes: a staging folder beside <c>output/</c>, swapped in only after success.
/// <paramref name="WritesEarly"/>: RenderLayouts writes each page to the staging folder as soon as it is finished
/// (a build, not a check), so a large site is never held in memory whole.
/// <paramref name="Recycled"/>: the staging folder is the site before last (<see cref="OutputCommitter"/>), not a new
/// empty folder. Its files are overwritten in place — the file system reuses them instead of allocating thousands of
/// new files right after deleting thousands, which is what ext4 is slowest at — except a file that is also a file of
/// the live output/ (a cached build linked it there): that one is replaced, never written through. What the new site
/// does not have is removed by <see cref="Sweep"/>.
/// </summary>
public sealed record OutputTarget(string StagingPath, bool WritesEarly = false, bool Recycled = false)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly EnumerationOptions SweepOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>Writes <paramref name="text"/> (UTF-8 without BOM) to <paramref name="full"/>, a path inside the staging folder.</summary>
    public void WriteText(string full, string text)
    {
        if (Prepare(full))
        {
            Overwrite(full, text);
        }
        else
        {
            File.WriteAllText(full, text, Utf8);
        }
    }

    /// <summary>
    /// Writes into a recycled file without truncating it first (what FileMode.Create does, and what makes the file system
    /// free every block of the file and allocate them again): the new bytes go over the old ones and only a longer old
    /// tail is cut. A file that already holds exactly these bytes is not written at all.
    /// </summary>
    private static void Overwrite(string full, string text)
    {
        var length = Utf8.GetByteCount(text);
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(length * 2);
        try
        {
            var written = Utf8.GetBytes(text, bytes);
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            var old = RandomAccess.GetLength(handle);
            var mine = bytes.AsSpan(0, written);
            if (old == written)
            {
                var there = bytes.AsSpan(written, written);
                if (RandomAccess.Read(handle, there, 0) == written && there.SequenceEqual(mine))
                {
                    return;
                }
            }

            RandomAccess.Write(handle, mine, 0);
            if (old > written)
            {
                RandomAccess.SetLength(handle, written);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Copies the file <paramref name="from"/> to <paramref name="full"/>.</summary>
    public void Copy(string from, string full)
    {
        Prepare(full);
        File.Copy(from, full, overwrite: true);
    }

    /// <summary>
    /// Makes <paramref name="full"/> name the file <paramref name="existing"/> of the previous output/ (a page the cache
    /// reuses): nothing to do when it already does, a hard link where the system can, a copy elsewhere. True when it
    /// already did (the file, its size and time are the ones <paramref name="existing"/> has).
    /// </summary>
    public bool Link(string existing, string full)
    {
        if (Recycled && FileIdentity.TryGet(full, out var there))
        {
            if (FileIdentity.TryGet(existing, out var wanted) && wanted.SameFile(there))
            {
                return true;
            }

            Remove(full, there.IsDirectory);
        }
        else
        {
            EnsureFolder(full);
        }

        if (!HardLink.TryCreate(existing, full))
        {
            File.Copy(existing, full, overwrite: true);
        }

        return false;
    }

    /// <summary>
    /// Removes from a recycled staging folder every file and folder that is not one of <paramref name="destinations"/>
    /// (output paths, '/'-separated) or a folder on the way to one: the staging folder then holds exactly the new site.
    /// </summary>
    public void Sweep(IEnumerable<string> destinations)
    {
        if (!Recycled)
        {
            return;
        }

        var root = Path.GetFullPath(StagingPath);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { root };
        foreach (var destination in destinations)
        {
            var full = Path.GetFullPath(Path.Combine(root, destination));
            files.Add(full);
            for (var dir = Path.GetDirectoryName(full); dir is not null && folders.Add(dir); dir = Path.GetDirectoryName(dir))
            {
            }
        }

        SweepFolder(root, files, folders);
    }

    private static void SweepFolder(string folder, HashSet<string> files, HashSet<string> folders)
    {
        // Names and kinds come from the folder listing itself: no FileSystemInfo (and no stat) per entry. A symbolic
        // link is never a folder to walk into, whatever it points at.
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(folder,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0),
            SweepOptions);
        List<string>? walk = null;
        foreach (var (path, isFolder) in entries)
        {
            if (isFolder && folders.Contains(path))
            {
                (walk ??= []).Add(path);
            }
            else if (isFolder || !files.Contains(path))
            {
                Remove(path, isFolder);
            }
        }

        if (walk is null)
        {
            return;
        }

        // A library folder holds thousands of page folders: listed side by side, not one after another.
        if (walk.Count >= 64)
        {
            Parallel.ForEach(walk, sub => SweepFolder(sub, files, folders));
        }
        else
        {
            foreach (var sub in walk)
            {
                SweepFolder(sub, files, folders);
            }
        }
    }

    /// <summary>
    /// Clears the way for a file at <paramref name="full"/>: its folder exists, and what a recycled folder holds there
    /// may be written. True when a file of the recycled folder is there to be overwritten in place.
    /// </summary>
    private bool Prepare(string full)
    {
        if (Recycled && FileIdentity.TryGet(full, out var there))
        {
            if (there.IsFile && there.Links == 1)
            {
                return true;
            }

            // A folder, a second name of a file (perhaps the live site's) or a symbolic link: replaced, never written through.
            Remove(full, there.IsDirectory);
            return false;
        }

        EnsureFolder(full);
        return false;
    }

    /// <summary>Creates the folder of <paramref name="full"/>; in a recycled folder a file standing where a folder must be is removed first.</summary>
    private void EnsureFolder(string full)
    {
        var dir = Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (IOException) when (Recycled)
        {
            var root = Path.GetFullPath(StagingPath);
            for (var d = dir; d is not null && d.Length > root.Length; d = Path.GetDirectoryName(d))
            {
                if (File.Exists(d))
                {
                    File.Delete(d);
                }
            }

            Directory.CreateDirectory(dir);
        }
    }

    private static void Remove(string path, bool isFolder)
    {
        if (isFolder)
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }
}
