using System.Collections.Immutable;

namespace Mentoring.Publish.Deploy;

/// <summary>
/// The difference between the local site and what the server holds, in the order that keeps the live site
/// whole at every moment: files that pages use (CSS, scripts, documents, images) first, then new pages, then
/// changed pages (which may link to the new ones), then the lists of pages (sitemap, feeds), and only then
/// deletions — so a visitor never meets a page that links to something not yet there or already gone.
/// </summary>
public sealed class DeployPlan
{
    private DeployPlan(ImmutableArray<DeployChange> uploads, ImmutableArray<DeployChange> deletes, int unchanged)
    {
        Uploads = uploads;
        Deletes = deletes;
        Unchanged = unchanged;
    }

    /// <summary>New and changed files, in upload order.</summary>
    public ImmutableArray<DeployChange> Uploads { get; }

    /// <summary>Files the server has and the site no longer does, in ordinal order.</summary>
    public ImmutableArray<DeployChange> Deletes { get; }

    public int Unchanged { get; }

    public int NewCount => Uploads.Count(c => c.Kind == ChangeKind.New);

    public int ChangedCount => Uploads.Count(c => c.Kind == ChangeKind.Changed);

    public long UploadBytes => Uploads.Sum(c => c.Size);

    /// <summary>Bytes the deleted files took on the server, as the manifest recorded them.</summary>
    public long DeletedBytes { get; private init; }

    public bool IsEmpty => Uploads.IsEmpty && Deletes.IsEmpty;

    public static DeployPlan Create(SiteManifest local, SiteManifest remote)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(remote);
        var uploads = new List<DeployChange>();
        var unchanged = 0;
        foreach (var (path, entry) in local.Files)
        {
            if (!remote.Files.TryGetValue(path, out var there))
            {
                uploads.Add(new DeployChange(path, ChangeKind.New, entry));
            }
            else if (there != entry)
            {
                uploads.Add(new DeployChange(path, ChangeKind.Changed, entry));
            }
            else
            {
                unchanged++;
            }
        }

        var deletes = remote.Files
            .Where(f => !local.Files.ContainsKey(f.Key))
            .Select(f => new DeployChange(f.Key, ChangeKind.Deleted, null))
            .ToImmutableArray();
        var ordered = uploads
            .OrderBy(Stage)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .ToImmutableArray();
        return new DeployPlan(ordered, deletes, unchanged)
        {
            DeletedBytes = remote.Files.Where(f => !local.Files.ContainsKey(f.Key)).Sum(f => f.Value.Size),
        };
    }

    /// <summary>0 — files pages use; 1 — new pages; 2 — changed pages; 3 — lists of pages.</summary>
    public static int Stage(DeployChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (IsPageList(change.Path))
        {
            return 3;
        }

        if (!IsPage(change.Path))
        {
            return 0;
        }

        return change.Kind == ChangeKind.New ? 1 : 2;
    }

    public static bool IsPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>sitemap.xml and feeds name pages, so they go after the pages; robots.txt names the sitemap.</summary>
    public static bool IsPageList(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.Equals("robots.txt", StringComparison.Ordinal);
}
