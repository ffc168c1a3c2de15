using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;
using Mentoring.Site.Content;

namespace Mentoring.Site.Library;

/// <summary>
/// Input module of the practices pipeline: reads content/practices/*.md, as <see cref="ReadContentFiles"/> reads
/// other content. With the build cache, a file whose stamp (<see cref="SourceStamp"/>) is the one an earlier build
/// parsed is not read at all: its document carries the cached practice instead, for ParsePractices. Every file
/// read gets its stamp, taken before reading, so a file changed while it is read is read again next time; a file
/// changed less than <see cref="SourceStamp.SettleTime"/> ago gets none and is read again too.
/// </summary>
public sealed class ReadPracticeFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var cache = context.FindService<BuildCache>() ?? BuildCache.Disabled;
        var docs = context.GetService<ContentInventory>().Files
            .Where(LibraryPipelines.IsPracticeSource)
            .Select(f => Document.Create(f, null, string.Empty))
            .ToImmutableArray();
        return context.ForEachAsync(docs, doc =>
        {
            var stamp = cache.KeepsPractices ? SourceStamp.Of(Path.Combine(settings.ContentRoot, doc.Source!)) : null;
            if (stamp is { } known && cache.FindPractice(doc.Source!, known) is { } record)
            {
                return doc.WithMetadata(MetadataKeys.CachedPractice, record);
            }

            var text = ContentReader.ReadText(settings.ContentRoot, doc.Source!, settings.MaxTextFileBytes, context.Diagnostics);
            if (text is null)
            {
                return null;
            }

            // A file changed just now is not kept under its stamp: another change within the same tick of the file
            // system's clock would leave the stamp as it is.
            var read = doc.WithContent(text);
            return stamp is { } taken && taken.SettledBy(DateTime.UtcNow) ? read.WithMetadata(MetadataKeys.SourceStamp, taken) : read;
        });
    }
}
