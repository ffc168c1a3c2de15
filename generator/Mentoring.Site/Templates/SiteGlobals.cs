using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Section;
using Scriban.Runtime;

namespace Mentoring.Site.Templates;

/// <summary>
/// The values every template sees besides its page: <c>site</c>, <c>data</c>, <c>nav</c>, <c>build</c> and
/// whatever the library and monitoring contribute. Built once per build and only read while pages render.
/// </summary>
public static class SiteGlobals
{
    /// <summary>The base URL the site is built for: the one given to the build, else site.yml's; empty when neither.</summary>
    public static string BaseUrl(BuildSettings settings, SiteData data)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        return settings.BaseUrl ?? data.Config.BaseUrl ?? string.Empty;
    }

    public static ScriptObject Create(SiteData data, IEnumerable<Document> pages, BuildSettings settings, IReadOnlyDictionary<string, object?> contributions)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(contributions);
        var nav = pages
            .Where(d => d.Metadata.ContainsKey(MetadataKeys.NavOrder))
            .Select(d => new NavItem(
                d.Get<string>(MetadataKeys.NavTitle) ?? d.Get<string>(MetadataKeys.Title) ?? d.Destination!,
                d.Destination!,
                d.Get<int>(MetadataKeys.NavOrder),
                d.Source ?? d.Destination!,
                (d.Get<object>(MetadataKeys.Front) as Content.PageFrontMatter)?.Description))
            .OrderBy(n => n.Order)
            .ThenBy(n => n.Url, StringComparer.Ordinal)
            .ToImmutableArray();

        var globals = new ScriptObject
        {
            ["site"] = data.Config,
            ["data"] = data,
            ["nav"] = nav,
            ["build"] = new ScriptObject
            {
                ["date"] = settings.ReferenceDate,
                ["base_url"] = BaseUrl(settings, data),
                ["version"] = typeof(SiteGlobals).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            },
        };
        foreach (var (key, value) in contributions)
        {
            globals[key] = value;
        }

        return globals;
    }
}
