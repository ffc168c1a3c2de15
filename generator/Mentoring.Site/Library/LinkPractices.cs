using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Library.Views;
using Mentoring.Site.Section;

namespace Mentoring.Site.Library;

/// <summary>
/// Process module of the practices pipeline, last: gives every practice page its <c>view</c> — the card,
/// files, related practices and the previous and next practice by date. Needs all practices at once,
/// so it runs after every practice is parsed.
/// </summary>
public sealed class LinkPractices : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = LoadSiteData.From(context);
        if (data is null)
        {
            return Task.FromResult(input);
        }

        return Task.FromResult(Link(input, data, context.FindService<Cache.BuildCache>()));
    }

    public static ImmutableArray<Document> Link(ImmutableArray<Document> input, SiteData data, Cache.BuildCache? cache = null)
    {
        var catalog = PracticeCatalog.Create(input.Select(d => d.Get<Practice>(LibraryMetadata.Practice)).OfType<Practice>(), data);
        var related = RelatedPractices.Compute(catalog, cache);
        return [.. input.Select(doc =>
        {
            var practice = doc.Get<Practice>(LibraryMetadata.Practice);
            if (practice is null || !catalog.IndexBySlug.TryGetValue(practice.Slug, out var i))
            {
                return doc;
            }

            var view = new PracticeView
            {
                Practice = catalog.Cards[i],
                Authors = practice.Authors,
                Attachments = practice.Attachments,
                Cover = practice.Cover,
                Related = [.. related[i].Select(j => catalog.Cards[j])],
                Previous = i + 1 < catalog.Count ? catalog.Cards[i + 1] : null,
                Next = i > 0 ? catalog.Cards[i - 1] : null,
            };
            return doc.WithMetadata(MetadataKeys.View, view);
        })];
    }
}
