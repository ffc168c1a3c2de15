using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;

namespace Mentoring.Site.Output;

/// <summary>
/// Input module of the files pipeline: every content file that is not Markdown or YAML is published
/// under an ASCII name (documents, images). Copied, never loaded into memory.
/// </summary>
public sealed class CollectFiles : IModule
{
    public const string TooLargeCode = "MNT0106";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var inventory = context.GetService<ContentInventory>();
        var builder = ImmutableArray.CreateBuilder<Document>();
        foreach (var path in inventory.Files)
        {
            if (IsSourceText(path))
            {
                continue;
            }

            if (!ContentReader.CheckFile(settings.ContentRoot, path, context.Diagnostics))
            {
                continue;
            }

            var full = Path.Combine(settings.ContentRoot, path);
            var size = new FileInfo(full).Length;
            if (size > settings.MaxDocumentBytes)
            {
                context.Diagnostics.Add(Diagnostic.Error(TooLargeCode,
                    $"Файл весит {size / 1024 / 1024} МБ, а публиковать можно файлы до {settings.MaxDocumentBytes / 1024 / 1024} МБ. Разделите или сожмите его.",
                    path));
                continue;
            }

            builder.Add(Document.Create(path, FileNaming.OutputPathFor(path), string.Empty, [new(MetadataKeys.CopyFrom, full), new(MetadataKeys.Kind, "file")]));
        }

        return Task.FromResult(builder.ToImmutable());
    }

    public static bool IsSourceText(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
