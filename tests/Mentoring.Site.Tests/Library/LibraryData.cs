using Mentoring.Engine;
using Mentoring.Site.Section;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>The repository's forms and kinds as <see cref="SiteData"/>, loaded the way a build loads them.</summary>
internal static class LibraryData
{
    private static readonly Lazy<SiteData> Shared = new(() => Load(Path.GetTempPath()));

    public static SiteData Repository => Shared.Value;

    public static SiteData Load(string contentRoot)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = TestSite.SiteYml,
            ["data/forms.yml"] = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "data", "forms.yml")),
            ["data/kinds.yml"] = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "data", "kinds.yml")),
        };
        var diagnostics = new DiagnosticBag();
        var data = SiteDataLoader.Load(texts, contentRoot, 15L * 1024 * 1024, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return data!;
    }
}
