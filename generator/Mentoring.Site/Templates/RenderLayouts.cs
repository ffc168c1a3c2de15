using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;
using Mentoring.Site.Markdown;
using Mentoring.Site.Section;
using Scriban.Runtime;

namespace Mentoring.Site.Templates;

/// <summary>
/// Process module of the render pipeline: puts every page into its layout and the layout into
/// <c>layouts/base.html</c>, in parallel. Documents without a layout (feeds, indexes) pass through.
/// With the build cache, a page is first fingerprinted — its layout, the globals that layout reads, its model
/// and view, and where its Markdown links lead — and a page made from the same fingerprint by the previous
/// build is not rendered again: it keeps an empty body and the cache entry, and WriteSite reuses its file.
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
        var baseUrl = SiteGlobals.BaseUrl(settings, data);
        theme.BaseUrl = baseUrl;
        var cache = context.FindService<BuildCache>() ?? BuildCache.Disabled;
        var globalPrints = cache.Enabled ? GlobalFingerprints(globals) : null;
        var linkTargets = LinkTargets(input, context.OutputsOf(PipelineNames.Files));
        var output = context.FindService<Output.OutputTarget>();
        var early = output is { WritesEarly: true } ? output : null;
        var memo = ModelFingerprint.CreateMemo();

        // The globals a layout reads, in the order its pages' fingerprints take them: worked out once per layout, not
        // filtered and sorted again for each of its pages.
        var globalsOf = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        string[] GlobalsOf(string layout) => globalsOf.GetOrAdd(layout, l => theme.Globals.For(l) is { } used
            ? [.. used.Where(globalPrints!.ContainsKey).Order(StringComparer.Ordinal)]
            : [.. globalPrints!.Keys.Order(StringComparer.Ordinal)]);
        var home = pages.FirstOrDefault(p => p.Destination == "index.html");
        var homeCrumb = new Crumb(home?.Get<string>(MetadataKeys.NavTitle) ?? "Главная", "index.html");
        return context.ForEachAsync(pages, doc =>
        {
            var layout = doc.Get<string>(MetadataKeys.Layout);
            if (layout is null)
            {
                // An HTML page without a layout is finished as it is; feeds and indexes pass through.
                return Output.ResolveLinks.IsHtml(doc) ? Finish(doc, doc.Content, null) : doc;
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
                Content = doc.Get<MarkdownResult>(MetadataKeys.Body) is { IsDecoded: false } cachedBody ? cachedBody.ToRawHtml() : new RawHtml(doc.Content),
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
            UInt128? fingerprint = null;
            if (globalPrints is not null && PageFingerprint(doc, layout, baseUrl, model, GlobalsOf(layout), globalPrints, linkTargets, memo) is { } print)
            {
                fingerprint = print;
                if (cache.FindPage(doc.Destination!, print) is { } cached)
                {
                    cache.CountReusedPage();
                    return doc.WithContent(string.Empty).WithMetadata(
                        [new(MetadataKeys.PageFingerprint, print), new(MetadataKeys.CachedPage, cached)]);
                }
            }

            cache.CountRenderedPage();

            // A body from the cache is read here, not inside a template: a damaged cache file stops this build (which is
            // then made again without the cache) instead of turning into a template error.
            if (doc.Get<MarkdownResult>(MetadataKeys.Body) is { IsDecoded: false } stored)
            {
                _ = stored.Html;
            }

            var scope = new ScriptObject();
            scope.Import(globals);
            scope.Import(model);
            var body = theme.Render("layouts/" + layout + ".html", scope, doc.Destination!, doc.Source, context.Diagnostics);
            scope["content"] = new RawHtml(body ?? string.Empty);
            var html = body is null ? null : theme.Render("layouts/base.html", scope, doc.Destination!, doc.Source, context.Diagnostics);

            // A page that failed keeps its place (empty), so links to it are not reported as broken too.
            if (html is null)
            {
                return doc.WithContent(string.Empty);
            }

            return Finish(doc, html, fingerprint);
        });

        // The page is finished here — typography, its Markdown links as relative URLs, the preview's script —
        // and in a build written at once: no step needs the text of another page, so a large site is never
        // held in memory whole. What later steps need (ids, links) stays as metadata; ResolveLinks reports
        // broken Markdown links and anchors once every page's ids are known.
        Document Finish(Document doc, string html, UInt128? fingerprint)
        {
            var finished = Output.ResolveLinks.Finish(doc, Text.Typography.ApplyToHtml(html), linkTargets, settings.InjectBeforeBodyEnd);
            var pageLinks = Output.CheckLinks.LinksOf(finished);
            var done = doc.WithContent(string.Empty).WithMetadata(
            [
                new(MetadataKeys.Finished, true),
                new(MetadataKeys.Ids, Output.ResolveLinks.CollectIds(finished)),
                new(MetadataKeys.PageLinks, pageLinks),
            ]);
            if (fingerprint is { } fp)
            {
                done = done.WithMetadata(MetadataKeys.PageFingerprint, fp);
            }

            if (early is null)
            {
                return done; // a check writes nothing
            }

            return Output.WriteSite.TryWriteEarly(early, done, finished, pageLinks, cache, context.Diagnostics)
                ? done.WithMetadata(MetadataKeys.Written, true)
                : done.WithContent(finished); // outside the folder: WriteSite reports it
        }
    }

    /// <summary>One fingerprint per global value, made once per build; null for a value that cannot be fingerprinted.</summary>
    private static Dictionary<string, UInt128?> GlobalFingerprints(ScriptObject globals)
    {
        var prints = new Dictionary<string, UInt128?>(StringComparer.Ordinal);
        foreach (var key in globals.Keys)
        {
            var f = new Fingerprint();
            prints[key] = ModelFingerprint.TryAdd(f, globals[key]) ? f.Value : null;
        }

        return prints;
    }

    /// <summary>Where each content file ends up, for the part of a page's fingerprint that its Markdown links make.</summary>
    private static Dictionary<string, string> LinkTargets(ImmutableArray<Document> pages, ImmutableArray<Document> files)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in pages.Concat(files))
        {
            if (doc.Source is not null && doc.Destination is not null)
            {
                targets.TryAdd(doc.Source, doc.Destination);
            }
        }

        return targets;
    }

    private static UInt128? PageFingerprint(Document doc, string layout, string baseUrl, ScriptObject model, string[] used,
        Dictionary<string, UInt128?> globals, Dictionary<string, string> linkTargets, System.Collections.Concurrent.ConcurrentDictionary<object, UInt128?> memo)
    {
        // The base URL is read by functions (href, abs_url), not only through the build global.
        var f = new Fingerprint().Add(layout).Add(doc.Destination).Add(baseUrl);
        foreach (var name in used)
        {
            if (globals[name] is not { } print)
            {
                return null;
            }

            f.Add(name).Add(print);
        }

        if (!ModelFingerprint.TryAdd(f, model, memo))
        {
            return null;
        }

        var links = doc.Get<ImmutableArray<LinkReference>>(MetadataKeys.Links);
        if (!links.IsDefaultOrEmpty)
        {
            foreach (var link in links)
            {
                f.Add(link.Target).Add(link.Anchor).Add(linkTargets.TryGetValue(link.Target, out var to) ? to : null);
            }
        }

        return f.Value;
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
