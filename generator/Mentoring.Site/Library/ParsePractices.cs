using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
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
        return context.ForEachAsync(input, doc => Parse(doc, data, settings, drafts, context.Diagnostics));
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

        return Document.Create(path, practice.Url, split.Body,
        [
            new(MetadataKeys.Front, front),
            new(MetadataKeys.Title, practice.Title),
            new(MetadataKeys.Layout, "practice"),
            new(MetadataKeys.BodyLine, split.BodyFirstLine),
            new(MetadataKeys.Updated, practice.LastChanged),
            new(MetadataKeys.Date, practice.Date),
            new(MetadataKeys.Kind, LibraryMetadata.PracticeKind),
            new(MetadataKeys.Parents, ImmutableArray.Create(new Crumb("Методическая копилка", LibraryUrls.Index))),
            new(LibraryMetadata.Practice, practice),
        ]);
    }
}
