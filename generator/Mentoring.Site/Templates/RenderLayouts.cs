using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Markdown;
using Mentoring.Site.Section;
using Scriban.Runtime;

namespace Mentoring.Site.Templates;

/// <summary>
/// Process module of the render pipeline: puts every page into its layout and the layout into
/// <c>layouts/base.html</c>, in parallel. Documents without a layout (feeds, indexes) pass through.
/// </summary>
public sealed class RenderLayouts : IModule
{
    public const string DuplicateDestinationCode = "MNT0501";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = LoadSiteData.From(context);
        if (data is null)
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var settings = context.GetService<BuildSettings>();
        var theme = context.GetService<Theme>();
        var contributions = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var doc in input.Where(d => d.Destination is null))
        {
            if (doc.Get<IReadOnlyDictionary<string, object?>>(MetadataKeys.Globals) is { } g)
            {
                foreach (var (k, v) in g)
                {
                    contributions[k] = v;
                }
            }
        }

        var pages = input.Where(d => d.Destination is not null).ToImmutableArray();
        if (!CheckDestinations(pages, context.Diagnostics))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var globals = SiteGlobals.Create(data, pages, settings, contributions);
        var home = pages.FirstOrDefault(p => p.Destination == "index.html");
        var homeCrumb = new Crumb(home?.Get<string>(MetadataKeys.NavTitle) ?? "Главная", "index.html");
        return context.ForEachAsync(pages, doc =>
        {
            var layout = doc.Get<string>(MetadataKeys.Layout);
            if (layout is null)
            {
                return doc;
            }

            var parents = doc.Get<ImmutableArray<Crumb>>(MetadataKeys.Parents);
            var crumbs = doc.Destination == "index.html" ? ImmutableArray<Crumb>.Empty
                : parents.IsDefault ? [homeCrumb] : parents.Insert(0, homeCrumb);
            var page = new PageModel
            {
                Title = doc.Get<string>(MetadataKeys.Title) ?? string.Empty,
                Description = (doc.Get<object>(MetadataKeys.Front) as Content.PageFrontMatter)?.Description,
                Url = doc.Destination!,
                Source = doc.Source,
                Content = new RawHtml(doc.Content),
                Toc = doc.Get<ImmutableArray<Heading>>(MetadataKeys.Headings) is { IsDefault: false } h ? h : [],
                Updated = doc.TryGet<DateOnly>(MetadataKeys.Updated, out var u) ? u : data.Updated,
                Layout = layout,
                Kind = doc.Get<string>(MetadataKeys.Kind) ?? "page",
                Breadcrumbs = crumbs,
                Front = doc.Get<object>(MetadataKeys.Front),
            };
            var model = new ScriptObject
            {
                ["page"] = page,
                ["view"] = doc.Get<object>(MetadataKeys.View),

                // The page's own stylesheets besides site.css (names under assets/css/): a layout that needs
                // styles no other page uses sets it («stylesheets = ['roadmap']»), base.html links them.
                ["stylesheets"] = new ScriptArray(),
            };
            var scope = new ScriptObject();
            scope.Import(globals);
            scope.Import(model);
            var body = theme.Render("layouts/" + layout + ".html", scope, doc.Destination!, doc.Source, context.Diagnostics);
            scope["content"] = new RawHtml(body ?? string.Empty);
            var html = body is null ? null : theme.Render("layouts/base.html", scope, doc.Destination!, doc.Source, context.Diagnostics);

            // A page that failed keeps its place (empty), so links to it are not reported as broken too.
            return doc.WithContent(html ?? string.Empty);
        });
    }

    private static bool CheckDestinations(ImmutableArray<Document> pages, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var group in pages.GroupBy(p => p.Destination!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var sources = group.Select(d => d.Source ?? "(создаётся генератором)").Order(StringComparer.Ordinal).ToList();
            foreach (var source in sources.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(DuplicateDestinationCode,
                    $"Две страницы получают один адрес «{group.Key}»: «{sources[0]}» и «{source}». Переименуйте один из файлов или задайте ему другой slug.",
                    source));
            }

            ok = false;
        }

        return ok;
    }
}
