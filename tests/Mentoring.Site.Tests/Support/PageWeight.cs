using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Mentoring.Site.Tests.Support;

/// <summary>
/// What a reader downloads for one page of a built site (issue #3's budget): the HTML and every stylesheet and script
/// it references — local files only, each once, a stylesheet's imports followed. Sizes, not timings: the same content
/// gives the same bytes on any machine.
/// </summary>
internal sealed partial record PageWeight(string Page, long Html, SortedDictionary<string, long> Files)
{
    /// <summary>A page with its stylesheets and scripts weighs under 50 KB uncompressed.</summary>
    public const int Budget = 50 * 1024;

    private static readonly HtmlParser Parser = new();

    public long Total => Html + Files.Values.Sum();

    /// <summary>Weighs <paramref name="page"/> («kopilka/index.html») of the site built into <paramref name="output"/>.</summary>
    public static PageWeight Of(string output, string page)
    {
        var document = Parser.ParseDocument(File.ReadAllText(Full(output, page)));
        var references = document.QuerySelectorAll("link[href]")
            .Where(l => l.GetAttribute("rel")?.Split(' ').Contains("stylesheet", StringComparer.OrdinalIgnoreCase) == true)
            .Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
        var files = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            Add(output, files, Resolve(page, reference), page);
        }

        return new PageWeight(page, new FileInfo(Full(output, page)).Length, files);
    }

    /// <summary>Every HTML page of the output folder, relative paths with '/', sorted.</summary>
    public static IReadOnlyList<string> HtmlPages(string output) =>
        [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>An output path from a reference relative to <paramref name="from"/>; a reference to another site fails the test.</summary>
    public static string Resolve(string from, string reference)
    {
        Assert.False(reference.Contains("//", StringComparison.Ordinal) || reference.Contains(':', StringComparison.Ordinal),
            $"{from}: {reference} is not a local file (no third-party requests).");
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var part in reference.Split('?', '#')[0].Split('/'))
        {
            if (part == "..")
            {
                Assert.True(parts.Count > 0, $"{from}: {reference} leaves the site.");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    public override string ToString()
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        var sb = new StringBuilder().Append(Page).Append(": ").Append(Total.ToString("N0", ru)).Append(" bytes")
            .Append(Total >= Budget ? " ≥ " : " < ").Append(Budget.ToString("N0", ru))
            .Append(" (HTML ").Append(Html.ToString("N0", ru));
        foreach (var (file, size) in Files)
        {
            sb.Append(", ").Append(file).Append(' ').Append(size.ToString("N0", ru));
        }

        return sb.Append(')').ToString();
    }

    /// <summary>Adds a referenced file and, for a stylesheet, the stylesheets it imports.</summary>
    private static void Add(string output, SortedDictionary<string, long> files, string path, string from)
    {
        if (files.ContainsKey(path))
        {
            return;
        }

        Assert.True(File.Exists(Full(output, path)), $"{from} references {path}, which is not in the output.");
        files[path] = new FileInfo(Full(output, path)).Length;
        if (path.EndsWith(".css", StringComparison.Ordinal))
        {
            foreach (Match m in CssImport().Matches(File.ReadAllText(Full(output, path))))
            {
                Add(output, files, Resolve(path, m.Groups["url"].Value), path);
            }
        }
    }

    private static string Full(string output, string path) => Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar));

    [GeneratedRegex("""@import\s+(?:url\(\s*)?["']?(?<url>[^"')\s;]+)""")]
    private static partial Regex CssImport();
}
