using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;

namespace Mentoring.Site.Section;

/// <summary>Process module of the data pipeline: turns site.yml and data/*.yml into one document carrying <see cref="SiteData"/>.</summary>
public sealed class LoadSiteData : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var texts = input.ToDictionary(d => d.Source!, d => d.Content, StringComparer.Ordinal);
        var data = SiteDataLoader.Load(texts, settings.ContentRoot, settings.MaxDocumentBytes, context.Diagnostics);
        if (data is null)
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var doc = Document.Create("site.yml", null, string.Empty, [new(MetadataKeys.SiteData, data)]);
        return Task.FromResult(ImmutableArray.Create(doc));
    }

    /// <summary>The site data from the data pipeline's output, or null when it failed to load.</summary>
    public static SiteData? From(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var docs = context.OutputsOf(PipelineNames.Data);
        return docs.IsDefaultOrEmpty ? null : docs[0].Get<SiteData>(MetadataKeys.SiteData);
    }
}
