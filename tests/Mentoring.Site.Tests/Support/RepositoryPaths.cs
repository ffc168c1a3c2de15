namespace Mentoring.Site.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The repository root (where Mentoring.sln is), found from the test binaries upwards.</summary>
    public static string Root { get; } = Find();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Mentoring.Site.Tests", "Fixtures", name);

    public static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mentoring.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Mentoring.sln not found above the test binaries.");
    }
}
