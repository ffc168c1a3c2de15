using System.Globalization;

namespace Mentoring.Site.Output;

/// <summary>
/// Makes a build appear all at once: pages are written into a staging folder beside <c>output/</c>, which
/// replaces it only after the build succeeded, in one atomic exchange where the system can. A crash at any
/// moment leaves either the old or the new site; the next build cleans up and, if a crash fell between the
/// two renames of the fallback, restores the old one.
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
    }

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

        foreach (var dir in leftovers)
        {
            TryDelete(dir);
        }
    }

    public void PrepareStaging()
    {
        TryDelete(StagingPath);
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
        TryDelete(old);
    }

    public void Discard() => TryDelete(StagingPath);

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
