using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;

namespace Mentoring.Site.Content;

/// <summary>
/// Input module: reads the text files of content/ that <paramref name="include"/> accepts (by content-relative
/// path), in parallel, in ordinal path order. Hidden files and editor leftovers are ignored.
/// </summary>
public sealed class ReadContentFiles(Func<string, bool> include) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var files = context.GetService<ContentInventory>().Files.Where(include).ToImmutableArray();
        var docs = files.Select(f => Document.Create(f, null, string.Empty)).ToImmutableArray();
        return context.ForEachAsync(docs, doc =>
        {
            var text = ContentReader.ReadText(settings.ContentRoot, doc.Source!, settings.MaxTextFileBytes, context.Diagnostics);
            return text is null ? null : doc.WithContent(text);
        });
    }
}
