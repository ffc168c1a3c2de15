namespace Mentoring.Publish.Preview;

/// <summary>
/// Makes a new site after files changed. The preview server only needs this seam: today a full rebuild
/// (<see cref="FullSiteRebuilder"/>); an incremental builder that uses <c>changedPaths</c> and a build cache
/// can replace it without touching the server, the watcher or the browser side.
/// </summary>
public interface ISiteRebuilder : IDisposable
{
    /// <param name="changedPaths">Site-relative paths with '/' (<c>content/index.md</c>); empty for the first build;
    /// <see cref="SiteChangeWatcher.Everything"/> when anything may have changed.</param>
    Task<SiteGeneration> RebuildAsync(IReadOnlyList<string> changedPaths, CancellationToken cancellationToken);
}
