using Mentoring.Site.Output;

namespace Mentoring.Publish;

/// <summary>
/// A finished site in output/, read by <c>pack</c> and <c>deploy</c>. While it is read, the build lock is held,
/// so a build started meanwhile waits instead of swapping the folder away mid-read.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly BuildLock? _lock;

    private OutputFolder(string path, BuildLock? buildLock)
    {
        Path = path;
        _lock = buildLock;
    }

    public string Path { get; }

    public static OutputFolder Open(string outputPath, CancellationToken cancellationToken = default)
    {
        var full = System.IO.Path.GetFullPath(outputPath);
        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new PublishException(PublishFailure.Output,
                $"Нет собранного сайта в «{full}». Сначала соберите его: dotnet run --project generator/Mentoring.Cli -- build");
        }

        BuildLock? buildLock;
        try
        {
            buildLock = BuildLock.Acquire(new OutputCommitter(full).LockPath, TimeSpan.FromMinutes(2), cancellationToken)
                ?? throw new PublishException(PublishFailure.Output,
                    "Сайт сейчас собирается (сборка идёт уже больше двух минут). Дождитесь её окончания и повторите команду.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only folder (a copy on a CD, a mounted archive): no build can write there either, so no lock is needed.
            buildLock = null;
        }

        return new OutputFolder(full, buildLock);
    }

    /// <summary>Every file, as '/'-separated relative paths in ordinal order: the order of zips and manifests.</summary>
    public IReadOnlyList<string> Files()
    {
        var files = Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace(System.IO.Path.DirectorySeparatorChar, '/'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public string FullPath(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public void Dispose() => _lock?.Dispose();
}
