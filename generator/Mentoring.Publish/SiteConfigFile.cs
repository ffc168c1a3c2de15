using Mentoring.Engine;
using Mentoring.Site.Configuration;
using Mentoring.Site.Content;
using Mentoring.Site.Yaml;

namespace Mentoring.Publish;

/// <summary>
/// Reads <c>content/site.yml</c> on its own, with the build's strict reader and binder, for the settings that
/// matter outside a build: the base path of <c>serve</c> and the <c>deploy:</c> block.
/// </summary>
public static class SiteConfigFile
{
    public const string RelativePath = "site.yml";

    /// <summary>Null when the file is missing or broken; the reasons are in <paramref name="diagnostics"/>.</summary>
    public static SiteConfig? Read(string siteRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var contentRoot = Path.Combine(siteRoot, "content");
        var text = ContentReader.ReadText(contentRoot, RelativePath, 1024 * 1024, diagnostics);
        return text is null ? null : YamlBinder.Bind<SiteConfig>(YamlReader.Read(text, RelativePath, diagnostics), RelativePath, diagnostics);
    }
}
