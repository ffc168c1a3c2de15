using Mentoring.Engine;

namespace Mentoring.Site.Content;

/// <summary>Reads content files under the rules every file obeys: inside content/, not too large, valid text.</summary>
public static class ContentReader
{
    public const string MissingFileCode = "MNT0101";
    public const string TooLargeCode = "MNT0103";
    public const string OutsideRootCode = "MNT0104";
    public const string UnsafeNameCode = "MNT0105";
    public const string HardLinkCode = "MNT0107";

    /// <summary>Reads <paramref name="relativePath"/> (content-relative) as text, or reports why it cannot.</summary>
    public static string? ReadText(string contentRoot, string relativePath, long maxBytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!CheckFile(contentRoot, relativePath, diagnostics))
        {
            return null;
        }

        var full = Path.Combine(contentRoot, relativePath);
        var length = new FileInfo(full).Length;
        if (length > maxBytes)
        {
            diagnostics.Add(Diagnostic.Error(TooLargeCode,
                $"Файл слишком большой ({length / 1024 / 1024} МБ, допустимо до {maxBytes / 1024 / 1024} МБ). Разделите текст на несколько страниц или уменьшите файл.",
                relativePath));
            return null;
        }

        var bytes = File.ReadAllBytes(full);
        return SourceText.Decode(bytes, relativePath, diagnostics);
    }

    /// <summary>
    /// Checks that a content file exists, has a printable name, is not a symbolic link leading outside content/ and
    /// is not a hard link (whose other names may lie anywhere).
    /// </summary>
    public static bool CheckFile(string contentRoot, string relativePath, DiagnosticBag diagnostics, string? referencedFrom = null, int line = 0, int column = 0)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var where = referencedFrom ?? relativePath;
        if (ContentPaths.HasUnsafeCharacters(relativePath))
        {
            diagnostics.Add(Diagnostic.Error(UnsafeNameCode,
                $"Имя файла «{ContentPaths.Printable(relativePath)}» содержит управляющие или невидимые символы. Переименуйте файл.",
                where, line, column));
            return false;
        }

        var full = Path.Combine(contentRoot, relativePath);
        if (!File.Exists(full))
        {
            diagnostics.Add(Diagnostic.Error(MissingFileCode,
                $"Файл «{relativePath}» не найден в папке content/. Проверьте имя и путь (регистр букв важен) или уберите ссылку.",
                where, line, column));
            return false;
        }

        if (!ContentPaths.IsInsideRoot(contentRoot, relativePath, out var problem))
        {
            diagnostics.Add(Diagnostic.Error(OutsideRootCode,
                $"Файл «{relativePath}» не может быть опубликован: {problem}. Скопируйте нужный файл в папку content/.",
                where, line, column));
            return false;
        }

        if (FileLinks.LinkCount(full) is > 1)
        {
            // A hard link does not say where its other names are: it may be a file from outside content/.
            diagnostics.Add(Diagnostic.Error(HardLinkCode,
                $"Файл «{relativePath}» — жёсткая ссылка: у него на диске есть и другие имена, возможно, вне папки content/, и генератор не может это проверить. Такие файлы не публикуются. Положите на это место отдельную копию файла.",
                where, line, column));
            return false;
        }

        return true;
    }
}
