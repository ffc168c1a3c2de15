using System.Collections.Immutable;
using Mentoring.Engine;

namespace Mentoring.Site.Build;

/// <summary>Input module of the render pipeline: the pages of the pipelines it depends on, plus the 404 page.</summary>
public sealed class GatherPages(params string[] pipelines) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var docs = pipelines.SelectMany(p => context.OutputsOf(p)).ToImmutableArray();
        var notFound = Document.Create(null, "404.html", string.Empty,
        [
            new(MetadataKeys.Title, "Страница не найдена"),
            new(MetadataKeys.Layout, "not-found"),
            new(MetadataKeys.Kind, "system"),
        ]);
        return Task.FromResult(docs.Add(notFound));
    }
}
