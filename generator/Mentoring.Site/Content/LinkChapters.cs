using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Markdown;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Content;

/// <summary>
/// Process module of the pages pipeline, after Markdown: a folder of content/ with an <c>index.md</c> is a section
/// whose other pages (and the index pages of its sub-folders) are its chapters — a long document in parts, such as
/// the programme in <c>content/programma/</c>. Each page of a section gets breadcrumbs through the indexes above it;
/// each chapter its number and its neighbours (<see cref="ChapterView"/>); each index the list of its chapters with
/// their level-2 headings. Chapters follow their front matter's <c>order</c>, then their file names.
/// </summary>
public sealed class LinkChapters : IModule
{
    public const string DuplicateOrderCode = "MNT0224";
    public const string OrderOutsideSectionCode = "MNT0225";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var indexes = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in input.Where(d => d.Source is not null && d.Destination is not null && IsIndex(d.Source)))
        {
            indexes.TryAdd(Folder(doc.Source!), doc);
        }

        // Chapters per section folder, in their order; the home page's folder ("") is no section.
        var sections = input
            .Where(d => d.Source is not null && d.Destination is not null)
            .GroupBy(d => Container(d.Source!), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && indexes.ContainsKey(g.Key))
            .ToDictionary(g => g.Key, g => Ordered(g, context.Diagnostics), StringComparer.Ordinal);

        foreach (var doc in input)
        {
            if (doc.Source is not null && Front(doc)?.Order is not null && !sections.ContainsKey(Container(doc.Source)))
            {
                var (line, column) = Front(doc)!.PositionOf("order");
                var folder = Container(doc.Source);
                var where = folder.Length == 0 ? "лежит прямо в папке content/" : $"лежит в папке «{folder}/», где нет файла index.md";
                context.Diagnostics.Add(Diagnostic.Warning(OrderOutsideSectionCode,
                    $"Поле order задаёт порядок страниц внутри папки с index.md (например, разделов программы в programma/), а эта страница {where}. Уберите поле или положите страницу в такую папку.",
                    doc.Source, line, column));
            }
        }

        return Task.FromResult(input.Select(doc => Link(doc, indexes, sections)).ToImmutableArray());
    }

    private static Document Link(Document doc, Dictionary<string, Document> indexes, Dictionary<string, List<Document>> sections)
    {
        if (doc.Source is null || doc.Destination is null)
        {
            return doc;
        }

        var container = Container(doc.Source);
        var parents = Ancestors(container)
            .Where(indexes.ContainsKey)
            .Select(f => new Crumb(indexes[f].Get<string>(MetadataKeys.Title) ?? f, indexes[f].Destination!))
            .ToImmutableArray();

        var view = new ChapterView();
        if (sections.TryGetValue(container, out var siblings))
        {
            var i = siblings.IndexOf(doc);
            view = new ChapterView
            {
                Section = parents[^1],
                Number = i + 1,
                Count = siblings.Count,
                Previous = i > 0 ? Link(siblings[i - 1], i, withHeadings: false) : null,
                Next = i + 1 < siblings.Count ? Link(siblings[i + 1], i + 2, withHeadings: false) : null,
            };
        }

        if (IsIndex(doc.Source) && sections.TryGetValue(Folder(doc.Source), out var chapters))
        {
            view = view with { Chapters = [.. chapters.Select((c, n) => Link(c, n + 1, withHeadings: true))] };
        }

        if (parents.IsEmpty && !view.IsChapter && view.Chapters.IsEmpty)
        {
            return doc;
        }

        var linked = doc.WithMetadata(MetadataKeys.View, view);
        return parents.IsEmpty ? linked : linked.WithMetadata(MetadataKeys.Parents, parents);
    }

    private static ChapterLink Link(Document doc, int number, bool withHeadings) => new(
        number,
        doc.Get<string>(MetadataKeys.Title) ?? doc.Destination!,
        doc.Destination!,
        withHeadings && doc.Get<ImmutableArray<Heading>>(MetadataKeys.Headings) is { IsDefault: false } h ? [.. h.Where(x => x.Level == 2)] : []);

    /// <summary>A section's pages by <c>order</c>, then by file name; two pages with one number are reported.</summary>
    private static List<Document> Ordered(IEnumerable<Document> pages, DiagnosticBag diagnostics)
    {
        var ordered = pages
            .OrderBy(d => Front(d)?.Order ?? int.MaxValue)
            .ThenBy(d => d.Source, StringComparer.Ordinal)
            .ToList();
        var seen = new Dictionary<int, string>();
        foreach (var doc in ordered)
        {
            if (Front(doc)?.Order is not { } order)
            {
                continue;
            }

            if (seen.TryGetValue(order, out var first))
            {
                var (line, column) = Front(doc)!.PositionOf("order");
                diagnostics.Add(Diagnostic.Error(DuplicateOrderCode,
                    $"У двух страниц папки «{Container(doc.Source!)}/» одинаковое «order: {order}»: «{first}» и «{doc.Source}». Номер задаёт место страницы в оглавлении — дайте этой странице свободный номер.",
                    doc.Source, line, column));
            }
            else
            {
                seen[order] = doc.Source!;
            }
        }

        return ordered;
    }

    private static PageFrontMatter? Front(Document doc) => doc.Get<object>(MetadataKeys.Front) as PageFrontMatter;

    /// <summary>The page of its folder, by the same rule that gives it the folder's address.</summary>
    private static bool IsIndex(string source) => Output.UrlPaths.IsIndexSource(source);

    private static string Folder(string source) => source.Contains('/', StringComparison.Ordinal) ? source[..source.LastIndexOf('/')] : string.Empty;

    /// <summary>The folder whose section a page belongs to: its own folder, or for an index page the folder above.</summary>
    private static string Container(string source) => IsIndex(source) ? Folder(Folder(source)) : Folder(source);

    /// <summary>«a/b» → «a», «a/b»: every non-empty folder from the top down to <paramref name="folder"/>.</summary>
    private static IEnumerable<string> Ancestors(string folder)
    {
        if (folder.Length == 0)
        {
            yield break;
        }

        var parts = folder.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            yield return string.Join('/', parts[..i]);
        }
    }
}
