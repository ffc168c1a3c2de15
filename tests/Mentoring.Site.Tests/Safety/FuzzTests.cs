using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Library;
using Mentoring.Site.Markdown;
using Mentoring.Site.Monitoring;
using Mentoring.Site.Section;
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

    private static readonly string[] YamlFragments =
    [
        "&a ", "*a", "<<: *a\n", "!!python/object:os.system ", "!tag ", "? ", "- ", ": ", ":", "{", "}", "[", "]", ", ", "|\n", ">-\n",
        "%YAML 1.1\n", "---\n", "...\n", "\t", "# ", "\"", "'", "\"\\x01\"", "\"\\uD800\"", "\"\\u202E\"", "~", "null", "true", "да",
        "0x1F", "1e400", "-0", "99999999999999999999", "2024-02-30", "31.12.9999", "\n  ", "\n    - ", "\r", "\u0000", "\uFEFF",
        "<script>alert(1)</script>", "{{ site.school.email }}", "../../etc/passwd", "files/x.pdf", "id: ", "title: ", "status: ", "level: ",
        "javascript:alert(1)", "https://", "ё", "«", "—",
    ];

    /// <summary>
    /// site.yml, data files (roadmap, acts, documents, forms, kinds…, monitoring) and practices' front matter, mutated
    /// and put through the real loaders: binding, validation, personal-data checks. A few thousand in a few seconds.
    /// </summary>
    [Fact]
    public void Mutated_yaml_through_the_real_loaders_ends_in_success_or_diagnostics()
    {
        var seeds = YamlSeeds();
        Assert.Contains(seeds, x => x.Target == "site");
        Assert.Contains(seeds, x => x.Target == "practice");
        Assert.Contains(seeds, x => x.Target == "data/roadmap.yml");
        var random = new Random(Seed);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            var (target, text) = seeds[random.Next(seeds.Count)];
            RunYamlOrKeep(target, MutateYaml(text, random), i);
        }

        // A generous bound: a few seconds are normal; only something close to a hang fails it.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60.0 * Math.Max(1, Iterations / 3000.0)), $"{Iterations} YAML inputs took {watch.Elapsed}");
    }

    [Fact]
    public void Yaml_regression_inputs_still_pass()
    {
        var folder = Path.Combine(RepositoryPaths.Fixture("fuzz-regressions"), "yaml");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            // The target is the file name before the hash: "site-…", "practice-…", "data_roadmap.yml-…".
            var name = Path.GetFileName(file);
            var target = name[..name.LastIndexOf('-')].Replace('_', '/');
            RunYamlOrKeep(target, File.ReadAllText(file), -1);
        }
    }

    private static List<(string Target, string Text)> YamlSeeds()
    {
        var content = Path.Combine(RepositoryPaths.Root, "content");
        var seeds = new List<(string, string)> { ("site", File.ReadAllText(Path.Combine(content, "site.yml"))) };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "data"), "*.yml").Order(StringComparer.Ordinal))
        {
            seeds.Add(("data/" + Path.GetFileName(file), File.ReadAllText(file)));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "practices"), "*.md").Order(StringComparer.Ordinal))
        {
            var split = FrontMatter.Split(SourceText.NormalizeLineEnds(File.ReadAllText(file)), "p.md", new DiagnosticBag())!;
            seeds.Add(("practice", split.Yaml));
        }

        return seeds;
    }

    private static readonly Lazy<(Dictionary<string, string> Texts, SiteData Data)> RealData = new(() =>
    {
        var content = Path.Combine(RepositoryPaths.Root, "content");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["site.yml"] = File.ReadAllText(Path.Combine(content, "site.yml")) };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "data"), "*.yml"))
        {
            texts["data/" + Path.GetFileName(file)] = File.ReadAllText(file);
        }

        var bag = new DiagnosticBag();
        var data = SiteDataLoader.Load(texts, content, 15L * 1024 * 1024, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return (texts, data!);
    });

    private static void RunYamlOrKeep(string target, string input, int iteration)
    {
        try
        {
            YamlPipeline(target, input);
        }
        catch (Exception ex)
        {
            var folder = Path.Combine(RepositoryPaths.Fixture("fuzz-regressions"), "yaml");
            Directory.CreateDirectory(folder);
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12].ToLowerInvariant();
            var name = $"{target.Replace('/', '_')}-{hash}.yml";
            File.WriteAllText(Path.Combine(folder, name), input);
            Assert.Fail($"Iteration {iteration} ({target}): {ex.GetType().Name}: {ex.Message}\nThe input is kept as Fixtures/fuzz-regressions/yaml/{name}.\n{ex}");
        }
    }

    /// <summary>What a build does with the file, through the same loaders.</summary>
    private static void YamlPipeline(string target, string text)
    {
        var bag = new DiagnosticBag();
        var normalized = SourceText.Decode(Encoding.UTF8.GetBytes(text), target, bag);
        if (normalized is not null)
        {
            var (real, data) = RealData.Value;
            var content = Path.Combine(RepositoryPaths.Root, "content");
            switch (target)
            {
                case "practice":
                    var settings = new BuildSettings { SiteRoot = RepositoryPaths.Root, ReferenceDate = new DateOnly(2025, 9, 1) };
                    var doc = Document.Create("practices/2024-01-10-fuzz.md", null, "---\n" + normalized + "\n---\n\nТекст.\n");
                    ParsePractices.Parse(doc, data, settings, new DraftRegistry(), bag);
                    break;
                case "data/monitoring.yml":
                    var forms = data.Forms.Select(f => (f.Title, (IReadOnlyList<string>)[.. f.Models.Select(m => m.Title)])).ToList();
                    MonitoringLoader.LoadText(normalized, target, new Dictionary<string, int>(StringComparer.Ordinal), forms, bag);
                    break;
                default:
                    // The file alone beside site.yml (references to other files are then reported, which is fine): fast.
                    var texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["site.yml"] = real["site.yml"], [target == "site" ? "site.yml" : target] = normalized };
                    var loaded = SiteDataLoader.Load(texts, content, 15L * 1024 * 1024, bag);
                    if (loaded is not null && target == "site")
                    {
                        Configuration.SiteLimits.With(new BuildSettings { SiteRoot = RepositoryPaths.Root }, loaded.Config.Limits);
                    }

                    break;
            }
        }

        foreach (var d in bag.Sorted())
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.StartsWith("MNT", d.Code, StringComparison.Ordinal);
        }
    }

    private static string MutateYaml(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    sb.Insert(at, YamlFragments[random.Next(YamlFragments.Length)]);
                    break;
                case 2:
                    sb.Remove(at, Math.Min(random.Next(1, 30), sb.Length - at));
                    break;
                case 3 when sb.Length > 0:
                    // Duplicate a line: duplicate keys, repeated items, shifted indentation.
                    var start = text.LastIndexOf('\n', Math.Min(at, text.Length - 1)) + 1;
                    var end = text.IndexOf('\n', start);
                    var line = end < 0 ? text[start..] : text[start..(end + 1)];
                    sb.Insert(Math.Min(at, sb.Length), line);
                    break;
                default:
                    sb.Insert(at, new string(YamlFragments[random.Next(YamlFragments.Length)][0], random.Next(1, 200)));
                    break;
            }
        }

        return sb.ToString();
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

        // Whatever the mutation, nothing in the page can run.
        var problems = HtmlSafety.Problems(html);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
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
