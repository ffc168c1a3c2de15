namespace Mentoring.Site.Tests.Support;

/// <summary>The repository's own site — content/ and themes/default/ — copied into a throw-away folder, to change and build.</summary>
internal static class RepositorySite
{
    public static TestSite Copy()
    {
        var site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(site.Root, "content"));
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes", "default"), Path.Combine(site.Root, "themes", "default"));
        return site;
    }
}
