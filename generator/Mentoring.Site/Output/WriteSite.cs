using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;

namespace Mentoring.Site.Output;

/// <summary>
/// Output module: writes every page and copies every file into the staging folder — UTF-8 without BOM,
/// LF line ends as produced. Refuses any destination that would land outside the folder. A page the build cache
/// supplies is linked from the previous output/ (copied where links are impossible); every page written with a
/// fingerprint is recorded in the cache for the next build.
/// </summary>
public sealed class WriteSite : IModule
{
    public const string WriteFailedCode = "MNT0502";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = context.GetService<OutputTarget>();
        var cache = context.FindService<BuildCache>() ?? BuildCache.Disabled;
        var root = Path.GetFullPath(target.StagingPath);
        var everything = input
            .Concat(context.OutputsOf(PipelineNames.Search))
            .Concat(context.OutputsOf(PipelineNames.Files))
            .Concat(context.OutputsOf(PipelineNames.Assets))
            .Where(d => d.Destination is not null)
            .ToImmutableArray();

        // Checked before any folder is created: not even an empty folder may appear outside the site.
        var inside = ImmutableArray.CreateBuilder<Document>(everything.Length);
        foreach (var doc in everything)
        {
            var full = Path.GetFullPath(Path.Combine(root, doc.Destination!));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                context.Diagnostics.Add(Diagnostic.Error(WriteFailedCode,
                    $"Путь «{doc.Destination}» выходит за пределы папки сайта и не будет записан.", doc.Source));
                continue;
            }

            inside.Add(doc);
        }

        if (inside.Count < everything.Length)
        {
            return input;
        }

        await context.ForEachAsync(inside.ToImmutable(), doc =>
        {
            var full = Path.GetFullPath(Path.Combine(root, doc.Destination!));
            try
            {
                if (doc.Metadata.ContainsKey(MetadataKeys.Written))
                {
                    // Written by RenderLayouts as soon as it was finished (and recorded in the cache there).
                }
                else if (doc.Get<PageCacheEntry>(MetadataKeys.CachedPage) is { } cached)
                {
                    // The cache checked the file in output/ against this entry: already linked here, it is that file.
                    var same = target.Link(cache.PreviousFile(cached.Destination), full);
                    cache.RecordPage(same ? cached : Recorded(cached, full));
                }
                else if (!cache.Enabled)
                {
                    Write(target, doc, full);
                }
                else
                {
                    // A file the cache knows unchanged (same bytes to write, same file copied) is linked, not written.
                    var print = FileFingerprint(doc, doc.Content);
                    if (cache.FindPage(doc.Destination!, print) is { } same)
                    {
                        var linked = target.Link(cache.PreviousFile(same.Destination), full);
                        cache.RecordPage(linked ? same : Recorded(same, full));
                    }
                    else
                    {
                        Write(target, doc, full);
                        cache.RecordPage(NewEntry(doc, print, doc.Get<ImmutableArray<string>>(MetadataKeys.PageLinks), full));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Add(WriteFailed(doc, ex));
            }

            return doc;
        });

        // A recycled staging folder still holds the pages of the site before last that this one does not have.
        try
        {
            target.Sweep(inside.Select(d => d.Destination!));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(Diagnostic.Error(WriteFailedCode,
                $"Не удалось убрать из новой версии сайта страницы, которых в ней больше нет: {ex.Message}. Проверьте права на папку вывода и запустите сборку снова."));
        }

        return input;
    }

    private static void Write(OutputTarget target, Document doc, string full)
    {
        if (doc.Get<string>(MetadataKeys.CopyFrom) is { } from)
        {
            target.Copy(from, full);
        }
        else
        {
            target.WriteText(full, doc.Content);
        }
    }

    /// <summary>
    /// A page's model fingerprint; for a copied file its source's path, size and time; for any other document
    /// (feed, search index, sitemap) its text.
    /// </summary>
    internal static UInt128 FileFingerprint(Document doc, string content)
    {
        if (doc.TryGet<UInt128>(MetadataKeys.PageFingerprint, out var page))
        {
            return page;
        }

        if (doc.Get<string>(MetadataKeys.CopyFrom) is { } from)
        {
            var source = new FileInfo(from);
            return new Fingerprint().Tag(40).Add(source.FullName).Add(source.Length).Add(source.LastWriteTimeUtc.Ticks).Value;
        }

        return new Fingerprint().Tag(41).Add(content).Value;
    }

    /// <summary>
    /// Writes a finished page into the staging folder of <paramref name="target"/> (its folder created) and records it in
    /// the cache; false, with nothing written, when the destination would leave the folder — WriteSite reports that.
    /// </summary>
    internal static bool TryWriteEarly(OutputTarget target, Document doc, string html, ImmutableArray<string> links, BuildCache cache, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(target.StagingPath);
        var full = Path.GetFullPath(Path.Combine(root, doc.Destination!));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            target.WriteText(full, html);
            if (cache.Enabled)
            {
                cache.RecordPage(NewEntry(doc, FileFingerprint(doc, html), links, full));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(WriteFailed(doc, ex));
        }

        return true;
    }

    private static Diagnostic WriteFailed(Document doc, Exception ex) => ex is UnauthorizedAccessException
        ? Diagnostic.Error(WriteFailedCode, $"Нет прав на запись «{doc.Destination}»: {ex.Message}. Проверьте права на папку вывода.", doc.Source)
        : Diagnostic.Error(WriteFailedCode, $"Не удалось записать «{doc.Destination}»: {ex.Message}. Проверьте свободное место на диске и права на папку.", doc.Source);

    /// <summary>The cache entry of a file just written at <paramref name="full"/>: its fingerprint, ids, links, size and time.</summary>
    private static PageCacheEntry NewEntry(Document doc, UInt128 print, ImmutableArray<string> links, string full)
    {
        var ids = doc.Get<ImmutableHashSet<string>>(MetadataKeys.Ids) ?? [];
        return Recorded(new PageCacheEntry(doc.Destination!, print, 0, 0, [.. ids.Order(StringComparer.Ordinal)], links.IsDefault ? [] : links), full);
    }

    /// <summary>The entry with the size and time of the file as it now is.</summary>
    private static PageCacheEntry Recorded(PageCacheEntry entry, string full)
    {
        var file = new FileInfo(full);
        return entry with { Length = file.Length, LastWriteTicks = file.LastWriteTimeUtc.Ticks };
    }
}
