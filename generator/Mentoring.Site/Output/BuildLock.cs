namespace Mentoring.Site.Output;

/// <summary>
/// One build at a time per output folder: a second build started meanwhile waits for the first, then runs.
/// The operating system releases the lock when a process dies, so a killed build never blocks the next.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, waiting up to <paramref name="timeout"/>; null when another build held it all that time.</summary>
    public static BuildLock? Acquire(string lockPath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        // The output folder may not exist yet, nor its parent (build --output new/folder): the lock lives beside it.
        if (Path.GetDirectoryName(Path.GetFullPath(lockPath)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new BuildLock(stream);
            }
            catch (IOException ex) when (IsHeldByAnother(ex) && DateTime.UtcNow < deadline)
            {
                Task.Delay(100, cancellationToken).GetAwaiter().GetResult();
            }
            catch (IOException ex) when (IsHeldByAnother(ex))
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>
    /// Another build holds the file: EWOULDBLOCK on Unix (.NET reports errno: 11 on Linux, 35 on macOS), sharing or
    /// lock violation on Windows (32, 33). Anything else (a read-only disk…) is a real error, not a reason to wait.
    /// </summary>
    private static bool IsHeldByAnother(IOException ex) => (ex.HResult & 0xFFFF) is 11 or 35 or 32 or 33;
}
