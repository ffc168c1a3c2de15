using System.Collections.Immutable;
using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Text;

namespace Mentoring.Site.Library.Search;

/// <summary>
/// Process module of the search pipeline: the search index over every page of the section and every
/// practice (practices first, newest first, so their ids match the library filter's), and the compact
/// card data of the library filter.
/// </summary>
public sealed class CreateSearchIndex : IModule
{
    public const int PracticeExcerptLength = 160;
    public const int PageExcerptLength = 600;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = CatalogPractices.From(context.OutputsOf(PipelineNames.Library));
        if (catalog is null)
        {
            return Task.FromResult(input);
        }

        var bodies = context.OutputsOf(PipelineNames.Practices)
            .Where(d => d.Get<Practice>(LibraryMetadata.Practice) is not null)
            .ToDictionary(d => d.Get<Practice>(LibraryMetadata.Practice)!.Slug, d => d, StringComparer.Ordinal);
        var pages = context.OutputsOf(PipelineNames.Pages)
            .Where(d => d.Destination is not null && d.Destination.EndsWith(".html", StringComparison.Ordinal))
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .ToList();

        var documents = Documents(catalog, bodies, pages);
        var index = SearchIndexBuilder.Build(documents);
        var result = input.ToBuilder();
        foreach (var (path, content) in index.Files)
        {
            result.Add(Document.Create(null, path, content, [new(MetadataKeys.Kind, "system"), new(MetadataKeys.Raw, true)]));
        }

        result.Add(Document.Create(null, LibraryUrls.Filter, LibraryFilterData.Write(catalog),
            [new(MetadataKeys.Kind, "system"), new(MetadataKeys.Raw, true)]));
        return Task.FromResult(result.ToImmutable());
    }

    /// <summary>The documents of the index, ids in order: the practices newest first, then the pages by address.</summary>
    public static List<SearchDocument> Documents(PracticeCatalog catalog, IReadOnlyDictionary<string, Document> bodies, IEnumerable<Document> pages)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(pages);
        // Typography of four texts per practice: made in parallel, kept in the catalog's order.
        var practices = new SearchDocument[catalog.Count];
        Parallel.For(0, practices.Length, i =>
        {
            var p = catalog.Practices[i];
            var body = bodies.GetValueOrDefault(p.Slug)?.Get<SearchBody>(MetadataKeys.SearchBody) ?? SearchBody.Empty;
            var meta = new StringBuilder(p.Summary)
                .Append('\n').Append(p.Form.Title).Append('\n').Append(p.Model.Title).Append('\n').Append(p.Kind.Title)
                .Append('\n').AppendJoin('\n', p.Tags.Select(t => t.Name))
                .Append('\n').Append(p.AuthorRole)
                .ToString();
            practices[i] = new SearchDocument(Show(p.Title), p.Url, p.Date, Show(p.Kind.Title + " · " + p.Form.Title), Show(p.Summary),
                Show(Cut(body.Lead, PracticeExcerptLength)), meta, string.Empty, body.Counts);
        });
        var documents = new List<SearchDocument>(practices);

        foreach (var page in pages)
        {
            var title = page.Get<string>(MetadataKeys.Title) ?? page.Destination!;
            var body = page.Get<SearchBody>(MetadataKeys.SearchBody) ?? SearchBody.Empty;
            var description = (page.Get<object>(MetadataKeys.Front) as PageFrontMatter)?.Description ?? string.Empty;
            documents.Add(new SearchDocument(Show(title), page.Destination!, null, "Страница раздела", Show(description),
                Show(Cut(body.Lead, PageExcerptLength)), description, string.Empty, body.Counts));
        }

        return documents;
    }

    /// <summary>Text as the pages show it: with Russian typography (dashes, no-break spaces).</summary>
    private static string Show(string text) => Typography.ApplyToText(text);

    /// <summary>
    /// Appends the words of <paramref name="text"/> to <paramref name="flat"/>, one space between words; false once
    /// it holds more than <paramref name="length"/> characters (enough to cut), and nothing more is appended.
    /// </summary>
    internal static bool AppendWords(StringBuilder flat, ReadOnlySpan<char> text, int length)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (flat.Length > 0)
                {
                    flat.Append(' ');
                }

                flat.Append(text[start..i]);
                if (flat.Length > length)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Cut(string flat, int length)
    {
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', ' ', '–', '—') + "…";
    }
}
