using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Section;

namespace Mentoring.Site.Library;

/// <summary>
/// Process module of the library pipeline: <c>kopilka/feed.xml</c>. Without a base URL the feed is still
/// valid but says less; the build warns once, naming what is missing.
/// </summary>
public sealed class CreateAtomFeed : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = CatalogPractices.From(input);
        var data = LoadSiteData.From(context);
        if (catalog is null || data is null)
        {
            return Task.FromResult(input);
        }

        var settings = context.GetService<BuildSettings>();
        var baseUrl = string.IsNullOrWhiteSpace(settings.BaseUrl) ? data.Config.BaseUrl : settings.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            baseUrl = null;
            context.Diagnostics.Add(Diagnostic.Warning(LibraryCodes.FeedWithoutBaseUrl,
                "Лента новых практик kopilka/feed.xml собрана без адреса раздела (base_url): идентификаторы записей в ней — tag:-адреса, а ссылки — относительные. Программа чтения лент, подписанная по адресу ленты, откроет их, но агрегаторы и почтовые рассылки — нет. Укажите base_url в content/site.yml или --base-url при сборке.",
                "site.yml"));
        }

        var xml = AtomFeed.Write(catalog, data.Config, baseUrl, settings.ReferenceDate);
        var feed = Document.Create(null, LibraryUrls.Feed, xml,
        [
            new(MetadataKeys.Kind, "system"),
            new(MetadataKeys.Raw, true),
        ]);
        if (catalog.LastChanged is { } updated)
        {
            feed = feed.WithMetadata(MetadataKeys.Updated, updated);
        }

        return Task.FromResult(input.Add(feed));
    }
}
