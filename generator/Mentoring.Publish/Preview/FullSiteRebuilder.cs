using System.Globalization;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;

namespace Mentoring.Publish.Preview;

/// <summary>
/// Rebuilds the site into a fresh folder under the preview's work folder (never the repository's output/), with
/// the live-reload tag injected. Each generation gets its own folder, so the site being served is never written
/// to; the previous generation is kept for requests still reading it, older ones are deleted. The build cache is
/// kept in memory from one generation to the next: a changed practice re-renders that practice and the pages
/// that show it, every other page and unchanged file is linked from the previous generation.
/// </summary>
public sealed class FullSiteRebuilder : ISiteRebuilder
{
    private readonly BuildSettings _settings;
    private readonly string _workRoot;
    private readonly Queue<string> _generations = new();
    private Task _cleanup = Task.CompletedTask;
    private BuildCache _cache = BuildCache.InMemory;
    private int _next;

    /// <param name="settings">Build settings; their output path and injected markup are replaced here.</param>
    public FullSiteRebuilder(BuildSettings settings, string workRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _workRoot = workRoot;
        _settings = settings with { InjectBeforeBodyEnd = LiveReload.Tag };
        Directory.CreateDirectory(workRoot);
    }

    /// <summary>Completes when old generations queued for deletion are gone (for tests).</summary>
    internal Task Cleanup => _cleanup;

    public async Task<SiteGeneration> RebuildAsync(IReadOnlyList<string> changedPaths, CancellationToken cancellationToken)
    {
        var name = "site-" + (++_next).ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(_workRoot, name);
        var report = await SiteBuilder.RunAsync(_settings with { OutputPath = folder }, BuildMode.Build, _cache, cancellationToken);
        TryDelete(Path.Combine(_workRoot, "." + name + ".lock"));
        if (!report.Succeeded || !Directory.Exists(folder))
        {
            return new SiteGeneration(report, null);
        }

        _cache = report.NextCache ?? BuildCache.InMemory;
        _generations.Enqueue(folder);
        if (_generations.Count > 2)
        {
            // Deleting a thousand folders takes longer than a page reload: it must not delay the new site.
            var old = _generations.Dequeue();
            _cleanup = _cleanup.ContinueWith(_ => TryDelete(old), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        return new SiteGeneration(report, folder);
    }

    public void Dispose()
    {
        _cleanup.Wait();
        while (_generations.Count > 0)
        {
            TryDelete(_generations.Dequeue());
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // A request may still hold a file open (Windows); the whole work folder goes when serve stops.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
