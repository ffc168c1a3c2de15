using System.Threading.Channels;

namespace Mentoring.Publish.Preview;

/// <summary>
/// Watches the folders a build reads (content/, themes/, and a site's own layouts/ and partials/) and hands out
/// changes in batches: a batch closes after <c>quiet</c> without further events, or after <c>maxDelay</c> at
/// the latest. Editors that save through a temporary file and a rename, or in several writes, thus give one
/// rebuild; changes made during a rebuild wait for the next batch, so none is lost.
/// </summary>
public sealed class SiteChangeWatcher : IDisposable
{
    /// <summary>Stands for "anything may have changed" (the system's event buffer overflowed).</summary>
    public const string Everything = "*";

    private static readonly string[] WatchedFolders = ["content", "themes", "layouts", "partials"];

    private readonly string _root;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _maxDelay;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];

    public SiteChangeWatcher(string siteRoot, TimeSpan quiet, TimeSpan maxDelay)
    {
        _root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar);
        _quiet = quiet;
        _maxDelay = maxDelay;
        foreach (var folder in WatchedFolders.Select(f => Path.Combine(_root, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnRenamed;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Site-relative paths (with '/') that changed, sorted, once the editor has gone quiet.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _events.Reader.ReadAsync(cancellationToken) };
        var deadline = DateTime.UtcNow + _maxDelay;
        while (true)
        {
            while (_events.Reader.TryRead(out var path))
            {
                batch.Add(path);
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(left < _quiet ? left : _quiet);
            try
            {
                await _events.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return [.. batch];
    }

    /// <summary>Editors' temporary and backup files (vim, Kate, JetBrains, gedit, Office) never trigger a rebuild on their own.</summary>
    public static bool IsIgnored(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        foreach (var part in relativePath.Split('/'))
        {
            if (part.StartsWith('.') || part.StartsWith("~$", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }

        _watchers.Clear();
        _events.Writer.TryComplete();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => Add(e.FullPath);

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        Add(e.OldFullPath);
        Add(e.FullPath);
    }

    private void OnError(object sender, ErrorEventArgs e) => _events.Writer.TryWrite(Everything);

    private void Add(string fullPath)
    {
        var relative = PreviewPaths.ToSiteRelative(_root, fullPath);
        if (relative is not null && !IsIgnored(relative))
        {
            _events.Writer.TryWrite(relative);
        }
    }
}
