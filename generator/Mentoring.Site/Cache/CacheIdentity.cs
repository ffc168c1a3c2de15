using System.Globalization;
using Mentoring.Site.Build;

namespace Mentoring.Site.Cache;

/// <summary>
/// The headers of the cache files: what must be equal for a stored result to be valid at all. Markdown depends on
/// the generator and its libraries (by module version id: any rebuilt assembly differs) and the nesting limit;
/// pages also on every file of the theme and of the site's own layouts, and on the settings that reach the HTML
/// without passing through a page's model.
/// </summary>
internal static class CacheIdentity
{
    private const string FormatVersion = "mentoring-cache-4";

    public static UInt128 ForMarkdown(BuildSettings settings) =>
        Generator().Add("markdown").Add(settings.MaxNesting).Value;

    public static UInt128 ForPages(BuildSettings settings)
    {
        var f = Generator().Add("pages")
            .Add(settings.BaseUrl)
            .Add(settings.InjectBeforeBodyEnd)
            .Add(settings.IncludeDrafts)
            .Add(settings.MaxNesting)
            .Add(settings.ThemeName);
        foreach (var folder in new[]
                 {
                     settings.ThemeRoot,
                     Path.Combine(settings.SiteRoot, "layouts"),
                     Path.Combine(settings.SiteRoot, "partials"),
                 })
        {
            AddFolder(f, folder);
        }

        return f.Value;
    }

    /// <summary>
    /// Parsed practices depend on the site's data (forms, models, kinds: every file of content/data/ and site.yml, by
    /// content) and on the settings their checks read.
    /// </summary>
    public static UInt128 ForPractices(BuildSettings settings)
    {
        var f = Generator().Add("practices")
            .Add(settings.ContentRoot)
            .Add(settings.IncludeDrafts)
            .Add(settings.ReferenceDate.DayNumber)
            .Add(settings.MaxTags)
            .Add(settings.MaxTextFileBytes)
            .Add(settings.MaxDocumentBytes);
        var site = Path.Combine(settings.ContentRoot, "site.yml");
        f.Tag(31).Add(File.Exists(site) ? File.ReadAllBytes(site) : []);
        AddFolder(f, Path.Combine(settings.ContentRoot, "data"));
        return f.Value;
    }

    private static Fingerprint Generator()
    {
        var f = new Fingerprint().Add(FormatVersion);
        foreach (var type in new[]
                 {
                     typeof(CacheIdentity), typeof(Engine.Document), typeof(Scriban.Template), typeof(Markdig.Markdown),
                     typeof(YamlDotNet.Core.Parser), typeof(Ganss.Xss.HtmlSanitizer), typeof(AngleSharp.Dom.INode),
                 })
        {
            f.Add(type.Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture));
        }

        return f;
    }

    private static void AddFolder(Fingerprint f, string folder)
    {
        f.Tag(30).Add(folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(p => (Relative: Path.GetRelativePath(folder, p).Replace('\\', '/'), Full: p))
            .OrderBy(p => p.Relative, StringComparer.Ordinal);
        foreach (var (relative, full) in files)
        {
            f.Add(relative).Add(File.ReadAllBytes(full));
        }
    }
}
