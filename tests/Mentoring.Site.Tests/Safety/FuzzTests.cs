using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Markdown;
using Mentoring.Site.Tests.Support;
using Mentoring.Site.Text;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Seeded fuzzing of real content: thousands of mutated pages go through everything a page goes through.
/// Each run must end in success or diagnostics, never in an exception. A failing input is written to
/// Fixtures/fuzz-regressions/ (commit it): every file there is replayed on every run.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>A few thousand in every test run; MENTORING_FUZZ_ITERATIONS and MENTORING_FUZZ_SEED allow long sweeps.</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("MENTORING_FUZZ_ITERATIONS"), out var n) ? n : 3000;

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("MENTORING_FUZZ_SEED"), out var s) ? s : 20261125;
    private const int FullBuilds = 40;

    private static readonly string[] Fragments =
    [
        "---\n", "\n---\n", ": ", ":", "\"", "'", "[", "](", "](../", "](x.md#", "<script>alert(1)</script>", "{{ page.title }}",
        "{% if %}", "\t", "  - ", "- ", "> ", "```\n", "|---|", "| a |", "&amp;", "&#0;", "\u0000", "\u202E", "\u200B", "\uFEFF",
        "ё", "№", "«", "»", "—", "*", "**", "_", "\\", "%2e%2e/", "javascript:", "&", "<", ">", "\r\n", "\r", "#", "## ",
        "[^1]", "[^1]: x\n", "![a](b.png)", "<a href=\"javascript:x\">", "title: ", "date: 2024-02-30\n", "tags: [", "&x", "\uD800",
    ];

    private static readonly MarkdownRenderer Renderer = new();

    public static IEnumerable<string> Seeds()
    {
        var root = RepositoryPaths.Root;
        return Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Fixture("basic-site"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
    }

    [Fact]
    public void Mutated_pages_end_in_success_or_diagnostics_never_an_exception()
    {
        var seeds = Seeds().ToList();
        Assert.NotEmpty(seeds);
        var random = new Random(Seed);
        for (var i = 0; i < Iterations; i++)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], random);
            RunOrKeep(input, i);
        }
    }

    [Fact]
    public void Regression_inputs_still_pass()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Fixture("fuzz-regressions"), "*.md").Order(StringComparer.Ordinal))
        {
            RunOrKeep(File.ReadAllText(file), -1);
        }
    }

    [Fact]
    public async Task Mutated_pages_in_whole_builds_end_in_success_or_diagnostics()
    {
        var seeds = Seeds().ToList();
        var random = new Random(7);
        using var site = new TestSite();
        for (var i = 0; i < FullBuilds; i++)
        {
            site.WriteBytes("content/fuzz.md", Encoding.UTF8.GetBytes(Mutate(seeds[random.Next(seeds.Count)], random)));
            var report = await site.BuildAsync(BuildMode.Check);
            Assert.DoesNotContain(report.Diagnostics, d => d.Code == SiteBuilder.InternalErrorCode);
        }
    }

    private static void RunOrKeep(string input, int iteration)
    {
        try
        {
            Pipeline(input);
        }
        catch (Exception ex)
        {
            var name = $"fuzz-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12].ToLowerInvariant()}.md";
            File.WriteAllText(Path.Combine(RepositoryPaths.Fixture("fuzz-regressions"), name), input);
            Assert.Fail($"Iteration {iteration}: {ex.GetType().Name}: {ex.Message}\nThe input is kept as Fixtures/fuzz-regressions/{name}.\n{ex}");
        }
    }

    /// <summary>Everything a page goes through, in order, on in-memory text.</summary>
    private static void Pipeline(string text)
    {
        var bag = new DiagnosticBag();
        var normalized = SourceText.Decode(Encoding.UTF8.GetBytes(text), "fuzz.md", bag);
        if (normalized is null)
        {
            return;
        }

        var split = FrontMatter.Split(normalized, "fuzz.md", bag);
        if (split is null)
        {
            return;
        }

        var node = YamlReader.Read(split.Yaml, "fuzz.md", bag, 1);
        var front = YamlBinder.Bind<PageFrontMatter>(node, "fuzz.md", bag);
        var result = Renderer.Render(split.Body, "pages/fuzz.md", split.BodyFirstLine, bag);
        var html = Typography.ApplyToHtml("<h1>" + System.Net.WebUtility.HtmlEncode(front?.Title ?? string.Empty) + "</h1>" + result.Html);
        Assert.NotNull(html);
        foreach (var d in bag.Sorted())
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.StartsWith("MNT", d.Code, StringComparison.Ordinal);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0:
                    sb.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    sb.Remove(at, Math.Min(random.Next(1, 40), sb.Length - at));
                    break;
                case 2 when sb.Length > 0:
                    sb[at] = (char)random.Next(0, 0x500);
                    break;
                case 3:
                    var len = Math.Min(random.Next(1, 200), sb.Length - at);
                    sb.Insert(random.Next(sb.Length + 1), sb.ToString(at, len));
                    break;
                default:
                    sb.Insert(at, new string(Fragments[random.Next(Fragments.Length)][0], random.Next(1, 300)));
                    break;
            }
        }

        return sb.ToString();
    }
}
