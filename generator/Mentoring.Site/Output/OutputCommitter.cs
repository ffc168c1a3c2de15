using System.Globalization;

namespace Mentoring.Site.Output;

/// <summary>
/// Makes a build appear all at once: pages are written into a staging folder beside <c>output/</c>, which
/// replaces it only after the build succeeded, in one atomic exchange where the system can. A crash at any
/// moment leaves either the old or the new site; the next build cleans up and, if a crash fell between the
/// two renames of the fallback, restores the old one.
/// Where the system tells file identities (<see cref="FileIdentity"/>), the replaced site is not deleted but kept
/// beside output/ as <c>.output.previous</c> and becomes the next build's staging folder: its files are overwritten
/// in place (see <see cref="OutputTarget"/>). Deleting a site of thousands of files and creating a new one seconds
/// later is what a file system is slowest at; the price is a second copy of the site on disk.
/// </summary>
public sealed class OutputCommitter
{
    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;

    public OutputCommitter(string outputPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        _output = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        _parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("Output cannot be a file system root.", nameof(outputPath));
        _name = Path.GetFileName(_output);
        StagingPath = Path.Combine(_parent, $".{_name}.staging-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        PreviousPath = Path.Combine(_parent, $".{_name}.previous");
        Recycles = FileIdentity.Supported;
    }

    /// <summary>The site before the current one, kept to be the next staging folder (when <see cref="Recycles"/>).</summary>
    public string PreviousPath { get; }

    /// <summary>The replaced site is kept as the next build's staging folder instead of being deleted.</summary>
    public bool Recycles { get; }

    /// <summary>The staging folder of this build is the recycled site before last, not an empty folder.</summary>
    public bool StagingRecycled { get; private set; }

    public string OutputPath => _output;

    public string StagingPath { get; }

    public string LockPath => Path.Combine(_parent, $".{_name}.lock");

    /// <summary>Removes what interrupted builds left and restores output/ if a crash came between the renames.</summary>
    public void Recover()
    {
        Directory.CreateDirectory(_parent);
        var leftovers = Directory.EnumerateDirectories(_parent, $".{_name}.*").Order(StringComparer.Ordinal).ToList();
        if (!Directory.Exists(_output))
        {
            var previous = leftovers.LastOrDefault(d => Path.GetFileName(d).Contains(".old-", StringComparison.Ordinal));
            if (previous is not null)
            {
                Directory.Move(previous, _output);
                leftovers.Remove(previous);
            }
        }

        foreach (var dir in leftovers.Where(d => !Recycles || d != PreviousPath))
        {
            TryDelete(dir);
        }
    }

    /// <summary>Makes the staging folder: the recycled site before last when there is one, else a new empty folder.</summary>
    public void PrepareStaging()
    {
        TryDelete(StagingPath);
        StagingRecycled = false;
        if (Recycles && Directory.Exists(PreviousPath))
        {
            try
            {
                Directory.Move(PreviousPath, StagingPath);
                StagingRecycled = true;
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(PreviousPath);
            }
        }

        Directory.CreateDirectory(StagingPath);
    }

    /// <summary>
    /// Swaps the staging folder in: one atomic exchange where the system offers it (the old site then sits at the
    /// staging path and is deleted), otherwise two renames on one file system; the old site is deleted last.
    /// </summary>
    /// <param name="meanwhile">
    /// Work to do while the old site is being deleted (the build cache is saved then): deleting thousands of files
    /// is mostly the kernel's work and overlaps well. Commit returns when both are done.
    /// </param>
    public void Commit(Action? meanwhile = null)
    {
        if (Directory.Exists(_output) && AtomicSwap.TryExchange(StagingPath, _output))
        {
            if (Keep(StagingPath))
            {
                meanwhile?.Invoke();
                return;
            }

            var deleting = Task.Run(() => TryDelete(StagingPath));
            try
            {
                meanwhile?.Invoke();
            }
            finally
            {
                deleting.Wait();
            }

            return;
        }

        var old = Path.Combine(_parent, $".{_name}.old-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        TryDelete(old);
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, old);
        }

        Directory.Move(StagingPath, _output);
        meanwhile?.Invoke();
        if (!Directory.Exists(old) || !Keep(old))
        {
            TryDelete(old);
        }
    }

    /// <summary>
    /// A failed build's staging folder: deleted, unless it was the recycled site before last — that one goes back to
    /// where it was, for the next build. A failed build leaves nothing that was not there before it.
    /// </summary>
    public void Discard()
    {
        if (!StagingRecycled || !Keep(StagingPath))
        {
            TryDelete(StagingPath);
        }
    }

    /// <summary>Keeps <paramref name="folder"/> as the site before last, for the next build to write into; false when it cannot.</summary>
    private bool Keep(string folder)
    {
        if (!Recycles || !Directory.Exists(folder))
        {
            return false;
        }

        try
        {
            TryDelete(PreviousPath);
            Directory.Move(folder, PreviousPath);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next build's Recover(); never fatal.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
