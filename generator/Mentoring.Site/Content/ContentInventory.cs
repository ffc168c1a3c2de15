using System.Collections.Immutable;
using Mentoring.Engine;

namespace Mentoring.Site.Content;

/// <summary>
/// The list of files in content/, taken once per build. Symbolic links that lead outside content/ are
/// reported and left out, so nothing outside the folder can be read or published through them.
/// </summary>
public sealed class ContentInventory
{
    private ContentInventory(ImmutableArray<string> files) => Files = files;

    /// <summary>Content-relative paths with '/' separators, ordinal order.</summary>
    public ImmutableArray<string> Files { get; }

    public static ContentInventory Scan(string contentRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Path.GetFullPath(contentRoot);
        var result = new List<string>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(ContentReader.MissingFileCode,
                $"Нет папки content/ в «{Path.GetFileName(Path.GetDirectoryName(root))}». Запустите команду из папки сайта или укажите её через --source.",
                "content"));
            return new ContentInventory([]);
        }

        Walk(root, root, result, diagnostics, 0);
        result.Sort(StringComparer.Ordinal);
        return new ContentInventory([.. result]);
    }

    private static void Walk(string root, string dir, List<string> result, DiagnosticBag diagnostics, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
        {
            var name = entry.Name;
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var relative = ContentPaths.ToRelative(root, entry.FullName);
            if (entry.LinkTarget is not null)
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !ContentPaths.IsUnder(root, Path.GetFullPath(target.FullName)))
                {
                    diagnostics.Add(Diagnostic.Error(ContentReader.OutsideRootCode,
                        $"«{relative}» — символическая ссылка на файл или папку вне content/; такие ссылки не публикуются. Скопируйте нужные файлы в content/.",
                        relative));
                    continue;
                }
            }

            if (entry is DirectoryInfo sub)
            {
                if (entry.LinkTarget is null)
                {
                    Walk(root, sub.FullName, result, diagnostics, depth + 1);
                }

                continue;
            }

            result.Add(relative);
        }
    }
}
