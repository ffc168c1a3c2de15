using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mentoring.Site.Build;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The repository's real site (content/ and themes/default/ as they are committed), built once for a test
/// class into a temporary folder at a fixed reference date, then read as parsed HTML.
/// </summary>
public abstract class RealSiteBuild : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, IDocument> _pages = new(StringComparer.Ordinal);
    private BuildReport? _report;

    protected RealSiteBuild(DateOnly referenceDate)
    {
        ReferenceDate = referenceDate;
        Output = Path.Combine(Path.GetTempPath(), "mentoring-real-site-" + Guid.NewGuid().ToString("N"), "output");
    }

    public DateOnly ReferenceDate { get; }

    public string Output { get; }

    public BuildReport Report => _report ?? throw new InvalidOperationException("The site is not built yet.");

    public static BuildSettings Settings(string output, DateOnly referenceDate) => new()
    {
        SiteRoot = RepositoryPaths.Root,
        OutputPath = output,
        ReferenceDate = referenceDate,
        MaxParallelism = 2,
    };

    public async Task InitializeAsync()
    {
        // The build locks and stages next to the output folder, so its parent must exist.
        Directory.CreateDirectory(Path.GetDirectoryName(Output)!);
        _report = await SiteBuilder.RunAsync(Settings(Output, ReferenceDate), BuildMode.Build);
        Assert.True(_report.Succeeded, "The real site does not build:\n" + string.Join("\n", Formatting.Lines(_report)));
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    /// <summary>An output page parsed by AngleSharp, e.g. <c>Page("etapy/index.html")</c>; parsed once.</summary>
    public IDocument Page(string relativePath) =>
        _pages.GetOrAdd(relativePath, p =>
        {
            Assert.True(Exists(p), $"{p} is missing from the output.");
            return new HtmlParser().ParseDocument(Read(p));
        });

    /// <summary>Every HTML file of the output, as relative paths with forward slashes, sorted.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every file of the output with its bytes: for byte-for-byte comparisons.</summary>
    public SortedDictionary<string, byte[]> Snapshot() => Snapshot(Output);

    public static SortedDictionary<string, byte[]> Snapshot(string root)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return result;
    }

    private string FullPath(string relativePath) => Path.Combine(Output, relativePath.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>The real site built as on 1 September 2025: after every dated term of the roadmap.</summary>
public sealed class RealSite() : RealSiteBuild(Date)
{
    public static readonly DateOnly Date = new(2025, 9, 1);
}

/// <summary>The real site built as on 1 August 2022: before the roadmap's terms that are not yet met.</summary>
public sealed class RealSiteBeforeTerms() : RealSiteBuild(Date)
{
    public static readonly DateOnly Date = new(2022, 8, 1);
}
