using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Library.Views;
using Mentoring.Site.Section;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Library;

/// <summary>
/// First Process module of the library pipeline: collects the practices into a <see cref="PracticeCatalog"/>
/// and emits one document without destination that carries it, and the template global <c>library</c>.
/// It also decides whether the library makes pages at all: yes when there are practices or the theme has
/// the library layouts (so a small theme without a library keeps working).
/// The next modules of the pipeline read the catalog from that document.
/// </summary>
public sealed class CatalogPractices : IModule
{
    public const int NewestCount = 5;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = LoadSiteData.From(context);
        if (data is null)
        {
            return Task.FromResult(input);
        }

        var practices = context.OutputsOf(PipelineNames.Practices)
            .Select(d => d.Get<Practice>(LibraryMetadata.Practice))
            .OfType<Practice>();
        var catalog = PracticeCatalog.Create(practices, data);
        var enabled = catalog.Count > 0 || context.GetService<Theme>().Has("layouts/" + CreateLibraryPages.Layout + ".html");
        return Task.FromResult(input.Add(CreateDocument(catalog, enabled)));
    }

    public static Document CreateDocument(PracticeCatalog catalog, bool enabled = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var globals = new LibraryGlobals
        {
            Enabled = enabled,
            Count = catalog.Count,
            Newest = [.. catalog.Cards.Take(NewestCount)],
            Forms = catalog.FormLinks(),
            Kinds = catalog.KindLinks(),
            Years = catalog.YearLinks(),
            TagCount = catalog.Tags.Length,
            ExampleCount = catalog.Practices.Count(p => p.Example),
            Updated = catalog.LastChanged,
        };
        return Document.Create(null, null, string.Empty,
        [
            new(LibraryMetadata.Catalog, catalog),
            new(LibraryMetadata.Enabled, enabled),
            new(MetadataKeys.Globals, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal) { ["library"] = globals }),
        ]);
    }

    /// <summary>
    /// The catalog emitted by this module, from the documents of a later module of the pipeline; null when the
    /// library makes no pages (<see cref="LibraryMetadata.Enabled"/>).
    /// </summary>
    public static PracticeCatalog? From(ImmutableArray<Document> documents) =>
        documents.Where(d => d.Get<bool>(LibraryMetadata.Enabled))
            .Select(d => d.Get<PracticeCatalog>(LibraryMetadata.Catalog))
            .FirstOrDefault(c => c is not null);
}
