using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;

namespace Mentoring.Site.Markdown;

/// <summary>
/// Process module: renders each document's Markdown body with the shared pipeline. A body rendered by an earlier
/// build from the same text (same file, same first line) comes from the build cache; only bodies that rendered
/// without any message are cached, so a reused body never hides a warning.
/// </summary>
public sealed class RenderMarkdown : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var renderer = context.GetService<MarkdownRenderer>();
        var cache = context.FindService<BuildCache>() ?? BuildCache.Disabled;
        return context.ForEachAsync(input, doc =>
        {
            var firstLine = doc.TryGet<int>(MetadataKeys.BodyLine, out var l) ? l : 1;
            var source = doc.Source ?? string.Empty;
            if (doc.TryGet<UInt128>(MetadataKeys.MarkdownKey, out var known))
            {
                // A practice taken from the cache without its file: the cache holds its body (checked when it was taken).
                if (!cache.TryGetMarkdown(known, out var cached))
                {
                    throw new InvalidOperationException("The body of a cached practice is missing from the cache.");
                }

                return With(doc, cached, known);
            }

            var key = cache.Enabled ? KeyOf(source, firstLine, doc.Content) : default;
            if (!cache.TryGetMarkdown(key, out var result))
            {
                cache.CountRenderedMarkdown();
                var messages = new DiagnosticBag();
                result = renderer.Render(doc.Content, source, firstLine, messages);
                if (messages.ErrorCount + messages.WarningCount == 0)
                {
                    cache.StoreMarkdown(key, result);
                }
                else
                {
                    context.Diagnostics.AddRange(messages.Sorted());
                }
            }

            return With(doc, result, key);
        });
    }

    /// <summary>The cache's key of a body: its file, the line it starts on, and its text.</summary>
    public static UInt128 KeyOf(string source, int firstLine, string markdown) =>
        new Fingerprint().Add(source).Add(firstLine).Add(markdown).Value;

    /// <summary>
    /// The document with its body. A body the cache gave is not decoded here: the document's content stays empty and
    /// RenderLayouts takes the body from <see cref="MetadataKeys.Body"/>, decoding it only for a page it renders.
    /// </summary>
    private static Document With(Document doc, MarkdownResult result, UInt128 key) =>
        doc.WithContent(result.IsDecoded ? result.Html : string.Empty).WithMetadata(
        [
            new(MetadataKeys.Body, result),
            new(MetadataKeys.Links, result.Links),
            new(MetadataKeys.Headings, result.Headings),
            new(MetadataKeys.SearchBody, result.Search),
            new(MetadataKeys.MarkdownKey, key),
        ]);
}
