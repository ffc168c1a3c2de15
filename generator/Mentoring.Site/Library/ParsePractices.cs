using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;
using Mentoring.Site.Content;
using Mentoring.Site.Markdown;
using Mentoring.Site.Section;
using Mentoring.Site.Templates;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Library;

/// <summary>
/// Process module of the practices pipeline: splits and binds each practice's front matter, validates it
/// against the site's data and decides its address. Drafts are registered (so links to them are reported
/// as links to drafts) and left out unless the build includes drafts.
/// </summary>
public sealed class ParsePractices : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = LoadSiteData.From(context);
        if (data is null)
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var settings = context.GetService<BuildSettings>();
        var drafts = context.GetService<DraftRegistry>();
        var cache = context.FindService<BuildCache>() ?? BuildCache.Disabled;
        return context.ForEachAsync(input, doc =>
        {
            if (doc.Get<CachedPractice>(MetadataKeys.CachedPractice) is { } record)
            {
                if (record.ToDocument(data) is { } reused)
                {
                    cache.ReusePractice(record);
                    return reused;
                }

                // The data no longer has the record's form, model or kind (its header says it cannot happen): read the file.
                var text = ContentReader.ReadText(settings.ContentRoot, doc.Source!, settings.MaxTextFileBytes, context.Diagnostics);
                return text is null ? null : Parse(Document.Create(doc.Source!, null, text), data, settings, drafts, context.Diagnostics);
            }

            if (!cache.KeepsPractices || !doc.TryGet<SourceStamp>(MetadataKeys.SourceStamp, out var stamp))
            {
                return Parse(doc, data, settings, drafts, context.Diagnostics);
            }

            // Only a practice that parsed without a single message is kept: a reused practice never hides a warning.
            var messages = new DiagnosticBag();
            var parsed = Parse(doc, data, settings, drafts, messages);
            context.Diagnostics.AddRange(messages.Sorted());
            if (parsed is not null && messages.ErrorCount + messages.WarningCount == 0)
            {
                var key = RenderMarkdown.KeyOf(parsed.Source!, parsed.TryGet<int>(MetadataKeys.BodyLine, out var line) ? line : 1, parsed.Content);
                if (CachedPractice.From(parsed, stamp, key, data) is { } kept)
                {
                    cache.StorePractice(kept);
                }
            }

            return parsed;
        });
    }

    public static Document? Parse(Document doc, SiteData data, BuildSettings settings, DraftRegistry drafts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = doc.Source!;
        var split = FrontMatter.Split(doc.Content, path, diagnostics);
        if (split is null)
        {
            return null;
        }

        var yamlDiagnostics = new DiagnosticBag();
        var node = YamlReader.Read(split.Yaml, path, yamlDiagnostics, split.YamlFirstLine - 1);
        diagnostics.AddRange(yamlDiagnostics.Sorted());
        if (node is null)
        {
            if (!yamlDiagnostics.HasErrors)
            {
                diagnostics.Add(Diagnostic.Error(LibraryCodes.EmptyFrontMatter,
                    "Блок свойств практики пуст. Заполните поля title, date, form, model, kind, summary (образец создаёт команда «mentoring new practice»).",
                    path, 1, 1));
            }

            return null;
        }

        var front = YamlBinder.Bind<PracticeFrontMatter>(node, path, diagnostics);
        if (front is null)
        {
            return null;
        }

        if (front.Draft && !settings.IncludeDrafts)
        {
            drafts.Add(path);
            return null;
        }

        var practice = PracticeValidator.Validate(front, path, data, settings, diagnostics);
        if (practice is null)
        {
            return null;
        }

        return Create(path, split.Body, split.BodyFirstLine, front, practice);
    }

    /// <summary>The document of a parsed practice: its body's Markdown and what later modules and templates read of it.</summary>
    internal static Document Create(string path, string body, int bodyLine, PracticeFrontMatter front, Practice practice) =>
        Document.Create(path, practice.Url, body,
        [
            new(MetadataKeys.Front, front),
            new(MetadataKeys.Title, practice.Title),
            new(MetadataKeys.Layout, "practice"),
            new(MetadataKeys.BodyLine, bodyLine),
            new(MetadataKeys.Updated, practice.LastChanged),
            new(MetadataKeys.Date, practice.Date),
            new(MetadataKeys.Kind, LibraryMetadata.PracticeKind),
            new(MetadataKeys.Parents, ImmutableArray.Create(new Crumb("Методическая копилка", LibraryUrls.Index))),
            new(LibraryMetadata.Practice, practice),
        ]);
}
