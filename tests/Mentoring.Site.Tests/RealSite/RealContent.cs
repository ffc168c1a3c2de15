using System.Globalization;
using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Tests.Support;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The repository's content/ read directly (YAML and front matter), so the tests compute what a page must
/// show from the data, not from what the generator made of it.
/// </summary>
internal static class RealContent
{
    public static string ContentRoot => Path.Combine(RepositoryPaths.Root, "content");

    /// <summary>A file of content/ parsed as YAML, e.g. <c>DataFile("data/acts.yml")</c>.</summary>
    public static YamlNode DataFile(string relativePath) =>
        Parse(File.ReadAllText(Path.Combine(ContentRoot, relativePath)), relativePath);

    /// <summary>The front matter of a Markdown file of content/, e.g. <c>FrontMatter("index.md")</c>.</summary>
    public static YamlMapping FrontMatter(string relativePath)
    {
        var lines = File.ReadAllText(Path.Combine(ContentRoot, relativePath)).ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("---", lines[0].TrimStart('\uFEFF').TrimEnd());
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        Assert.True(end > 0, $"{relativePath}: the front matter is not closed.");
        return Assert.IsType<YamlMapping>(Parse(string.Join('\n', lines[1..end]), relativePath));
    }

    public static IReadOnlyList<YamlNode> Items(YamlNode? node) =>
        node is YamlSequence s ? s.Items : node is null ? [] : throw new InvalidOperationException($"Not a list at line {node.Line}.");

    public static IReadOnlyList<YamlNode> Items(YamlNode node, string key) => Items(Map(node)[key]);

    public static YamlMapping Map(YamlNode node) => Assert.IsType<YamlMapping>(node);

    /// <summary>A scalar field, or null when absent or empty.</summary>
    public static string? Str(YamlNode node, string key) =>
        Map(node)[key] is YamlScalar { IsNull: false } s ? s.Value : null;

    public static string Req(YamlNode node, string key) =>
        Str(node, key) ?? throw new InvalidOperationException($"No «{key}» at line {node.Line}.");

    public static int Int(YamlNode node, string key) => int.Parse(Req(node, key), CultureInfo.InvariantCulture);

    public static decimal Dec(YamlNode node, string key) => decimal.Parse(Req(node, key), CultureInfo.InvariantCulture);

    public static DateOnly? Date(YamlNode node, string key) =>
        Str(node, key) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static bool Flag(YamlNode node, string key) => Str(node, key) == "true";

    /// <summary>Strings of a list field.</summary>
    public static IReadOnlyList<string> Strings(YamlNode node, string key) =>
        [.. Items(node, key).Select(n => Assert.IsType<YamlScalar>(n).Value)];

    /// <summary>The Markdown pages of the section (content/*.md and deeper, not practices).</summary>
    public static IReadOnlyList<string> Pages() =>
        [.. Directory.EnumerateFiles(ContentRoot, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ContentRoot, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("practices/", StringComparison.Ordinal) && !p.StartsWith("data/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The published practices of the library (drafts excluded), with their front matter.</summary>
    public static IReadOnlyList<YamlMapping> Practices() =>
        [.. Directory.EnumerateFiles(Path.Combine(ContentRoot, "practices"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(f => FrontMatter("practices/" + Path.GetFileName(f)))
            .Where(fm => !Flag(fm, "draft"))];

    /// <summary>The academic year of a date: 1 September – 31 August, «2022/2023».</summary>
    public static string AcademicYear(DateOnly date)
    {
        var first = date.Month >= 9 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{first}/{first + 1}");
    }

    /// <summary>
    /// Text reduced for comparing the programme's wording with a page: lower case, «ё» as «е», one kind
    /// of space (no-break spaces included), one kind of dash without spaces around it, one kind of
    /// quote, no final punctuation. The programme's own typing («Ученик –ученик», «№2») then matches
    /// the typeset page («Ученик — ученик», «№ 2»).
    /// </summary>
    public static string Norm(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            sb.Append(c switch
            {
                '\u00A0' or '\u202F' or '\u2009' or '\t' or '\n' or '\r' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '«' or '»' or '„' or '“' or '”' => '"',
                'ё' or 'Ё' => 'е',
                _ => char.ToLowerInvariant(c),
            });
        }

        var s = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), @"\s+", " ");
        s = System.Text.RegularExpressions.Regex.Replace(s, @" ?- ?", "-");
        s = System.Text.RegularExpressions.Regex.Replace(s, @"№ ?", "№ ");
        return s.Trim().TrimEnd('.', ';', ',', ':').Trim();
    }

    private static YamlNode Parse(string text, string path)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read(text, path, diagnostics);
        Assert.False(diagnostics.HasErrors, $"{path} does not parse: " + string.Join("; ", diagnostics.Sorted()));
        return node ?? throw new InvalidOperationException($"{path} is empty.");
    }
}
