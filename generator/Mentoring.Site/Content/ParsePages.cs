using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Output;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Content;

/// <summary>Process module: splits front matter, binds it strictly and decides each page's output path. Drafts are left out unless asked for.</summary>
public sealed class ParsePages : IModule
{
    public const string BadSlugCode = "MNT0223";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var drafts = context.GetService<DraftRegistry>();
        return context.ForEachAsync(input, doc =>
        {
            var path = doc.Source!;
            var split = FrontMatter.Split(doc.Content, path, context.Diagnostics);
            if (split is null)
            {
                return null;
            }

            var yamlErrors = new DiagnosticBag();
            var node = YamlReader.Read(split.Yaml, path, yamlErrors, split.YamlFirstLine - 1);
            context.Diagnostics.AddRange(yamlErrors.Sorted());
            if (yamlErrors.HasErrors)
            {
                return null;
            }

            if (node is null)
            {
                context.Diagnostics.Add(Diagnostic.Error(YamlBinder.MissingFieldCode,
                    "Блок свойств пуст. Укажите хотя бы «title: Название страницы».", path, 1, 1));
                return null;
            }

            var front = YamlBinder.Bind<PageFrontMatter>(node, path, context.Diagnostics);
            if (front is null)
            {
                return null;
            }

            if (front.Draft && !settings.IncludeDrafts)
            {
                drafts.Add(path);
                return null;
            }

            if (!string.IsNullOrWhiteSpace(front.Slug) && !Text.Transliteration.IsSlug(front.Slug.Trim()))
            {
                // The slug becomes a folder of the output: "../" or "/" in it would lead out of the site.
                var (line, column) = front.PositionOf("slug");
                context.Diagnostics.Add(Diagnostic.Error(BadSlugCode,
                    $"Поле slug «{ContentPaths.Printable(front.Slug)}» должно состоять из строчных латинских букв, цифр и дефисов, например «kak-stat-nastavnikom». Или уберите поле: адрес возьмётся из имени файла.",
                    path, line, column));
                return null;
            }

            var destination = UrlPaths.PageDestination(path, front.Slug?.Trim());
            var doc2 = Document.Create(path, destination, split.Body,
            [
                new(MetadataKeys.Front, front),
                new(MetadataKeys.Title, front.Title),
                new(MetadataKeys.Layout, front.Layout ?? "page"),
                new(MetadataKeys.BodyLine, split.BodyFirstLine),
                new(MetadataKeys.Updated, front.Updated),
                new(MetadataKeys.Kind, "page"),
            ]);
            if (front.NavOrder is { } order)
            {
                doc2 = doc2.WithMetadata(MetadataKeys.NavOrder, order).WithMetadata(MetadataKeys.NavTitle, front.NavTitle ?? front.Title);
            }

            return doc2;
        });
    }
}
