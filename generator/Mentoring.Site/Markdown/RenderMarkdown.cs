using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;

namespace Mentoring.Site.Markdown;

/// <summary>Process module: renders each document's Markdown body with the shared pipeline.</summary>
public sealed class RenderMarkdown : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var renderer = context.GetService<MarkdownRenderer>();
        return context.ForEachAsync(input, doc =>
        {
            var firstLine = doc.TryGet<int>(MetadataKeys.BodyLine, out var l) ? l : 1;
            var result = renderer.Render(doc.Content, doc.Source ?? string.Empty, firstLine, context.Diagnostics);
            return doc.WithContent(result.Html).WithMetadata(
            [
                new(MetadataKeys.Links, result.Links),
                new(MetadataKeys.Headings, result.Headings),
                new(MetadataKeys.PlainText, result.PlainText),
            ]);
        });
    }
}
