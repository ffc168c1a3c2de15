using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;

namespace Mentoring.Site.Output;

/// <summary>
/// Input module of the assets pipeline: the theme's static files (CSS, JavaScript, icons) under <c>assets/</c>.
/// Stylesheets in <c>static/css/parts/</c> are joined, in file-name order, into one <c>assets/css/site.css</c>:
/// each concern keeps its own file, and a reader on a slow line downloads one stylesheet.
/// </summary>
public sealed class CollectThemeAssets : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetService<BuildSettings>();
        var roots = new[] { Path.Combine(settings.SiteRoot, "static"), Path.Combine(settings.ThemeRoot, "static") };
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
                seen.TryAdd(rel, file);
            }
        }

        const string parts = "css/parts/";
        var docs = seen.Where(kv => !kv.Key.StartsWith(parts, StringComparison.Ordinal))
            .Select(kv => Document.Create("static/" + kv.Key, "assets/" + kv.Key, string.Empty,
                [new(MetadataKeys.CopyFrom, kv.Value), new(MetadataKeys.Kind, "asset")]))
            .ToImmutableArray();
        var css = seen.Where(kv => kv.Key.StartsWith(parts, StringComparison.Ordinal) && kv.Key.EndsWith(".css", StringComparison.Ordinal)).ToList();
        if (css.Count > 0)
        {
            var bundle = new System.Text.StringBuilder();
            foreach (var (name, file) in css)
            {
                bundle.Append(Content.SourceText.NormalizeLineEnds(File.ReadAllText(file)).TrimEnd()).Append('\n');
            }

            docs = docs.Add(Document.Create(null, "assets/css/site.css", CssMinifier.Minify(bundle.ToString()), [new(MetadataKeys.Kind, "asset")]));
        }

        return Task.FromResult(docs);
    }
}
