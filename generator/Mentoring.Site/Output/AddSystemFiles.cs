using System.Collections.Immutable;
using System.Globalization;
using System.Security;
using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Section;

namespace Mentoring.Site.Output;

/// <summary>
/// Process module of the render pipeline, last: adds <c>sitemap.xml</c> and <c>robots.txt</c> for the pages
/// that were rendered. Absolute addresses need <c>base_url</c>; without it the build says what is missing.
/// </summary>
public sealed class AddSystemFiles : IModule
{
    public const string NoBaseUrlCode = "MNT0510";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = LoadSiteData.From(context);
        if (data is null)
        {
            return Task.FromResult(input);
        }

        var settings = context.GetService<BuildSettings>();
        var baseUrl = settings.BaseUrl ?? data.Config.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            baseUrl = null;
            context.Diagnostics.Add(Diagnostic.Warning(NoBaseUrlCode,
                "Не указан адрес раздела (base_url): в sitemap.xml и ленте новых практик адреса будут относительными, поисковики их не примут. Укажите base_url в content/site.yml или --base-url при сборке.",
                "site.yml"));
        }

        var sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var doc in input.Where(d => ResolveLinks.IsHtml(d) && d.Get<string>(MetadataKeys.Kind) != "system").OrderBy(d => d.Destination, StringComparer.Ordinal))
        {
            var loc = baseUrl is null ? UrlPaths.Relative("index.html", doc.Destination!) : UrlPaths.Absolute(baseUrl, doc.Destination!);
            sitemap.Append("  <url><loc>").Append(SecurityElement.Escape(loc)).Append("</loc>");
            if (doc.TryGet<DateOnly>(MetadataKeys.Updated, out var updated))
            {
                sitemap.Append("<lastmod>").Append(updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            sitemap.Append("</url>\n");
        }

        sitemap.Append("</urlset>\n");
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl is not null)
        {
            robots.Append("Sitemap: ").Append(UrlPaths.Absolute(baseUrl, "sitemap.xml")).Append('\n');
        }

        var system = ImmutableArray.Create(
            Document.Create(null, "sitemap.xml", sitemap.ToString(), [new(MetadataKeys.Kind, "system")]),
            Document.Create(null, "robots.txt", robots.ToString(), [new(MetadataKeys.Kind, "system")]));
        return Task.FromResult(input.AddRange(system));
    }
}
