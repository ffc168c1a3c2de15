using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;

namespace Mentoring.Site.Output;

/// <summary>
/// Input module of the assets pipeline: the theme's static files (CSS, JavaScript, icons) under <c>assets/</c>.
/// Stylesheets in <c>static/css/parts/</c> are joined, in file-name order, into one <c>assets/css/site.css</c>, the
/// stylesheet of every page: each concern keeps its own file, and a reader on a slow line downloads one stylesheet.
/// Every other stylesheet (<c>static/css/*.css</c>: the styles of some pages only, linked from their layouts) and every
/// script is minified the same careful way (<see cref="CssMinifier"/>, <see cref="JsMinifier"/>); a page stylesheet's
/// <c>@import</c> of a part it shares with others (<c>static/css/shared/</c>, not published by itself) is inlined
/// (<see cref="CssImports"/>), so each page downloads site.css and at most one stylesheet of its own. Other files are copied.
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
        const string shared = "css/shared/";
        string? ReadStatic(string key) => seen.TryGetValue(key, out var file) ? Read(file) : null;
        var docs = seen.Where(kv => !kv.Key.StartsWith(parts, StringComparison.Ordinal) && !kv.Key.StartsWith(shared, StringComparison.Ordinal))
            .Select(kv => Minified(kv.Key, kv.Value, ReadStatic) is { } text
                ? Document.Create("static/" + kv.Key, "assets/" + kv.Key, text, [new(MetadataKeys.Kind, "asset")])
                : Document.Create("static/" + kv.Key, "assets/" + kv.Key, string.Empty, [new(MetadataKeys.CopyFrom, kv.Value), new(MetadataKeys.Kind, "asset")]))
            .ToImmutableArray();
        var css = seen.Where(kv => kv.Key.StartsWith(parts, StringComparison.Ordinal) && kv.Key.EndsWith(".css", StringComparison.Ordinal)).ToList();
        if (css.Count > 0)
        {
            var bundle = new System.Text.StringBuilder();
            foreach (var (name, file) in css)
            {
                bundle.Append(Read(file).TrimEnd()).Append('\n');
            }

            docs = docs.Add(Document.Create(null, "assets/css/site.css", CssMinifier.Minify(bundle.ToString()), [new(MetadataKeys.Kind, "asset")]));
        }

        return Task.FromResult(docs);
    }

    /// <summary>A stylesheet (its imports of shared parts inlined) or a script, minified; null for every other file, which is copied as it is.</summary>
    private static string? Minified(string name, string file, Func<string, string?> readStatic) =>
        name.EndsWith(".css", StringComparison.Ordinal) ? CssMinifier.Minify(CssImports.Inline(Read(file), name, readStatic))
        : name.EndsWith(".js", StringComparison.Ordinal) ? JsMinifier.Minify(Read(file))
        : null;

    private static string Read(string file) => Content.SourceText.NormalizeLineEnds(File.ReadAllText(file));
}
