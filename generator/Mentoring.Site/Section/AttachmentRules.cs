using Mentoring.Engine;
using Mentoring.Site.Content;
using Mentoring.Site.Output;

namespace Mentoring.Site.Section;

/// <summary>The rules for documents offered for download: allowed types, at most 15 MB, inside content/.</summary>
public static class AttachmentRules
{
    public const string BadTypeCode = "MNT0252";
    public const string TooLargeCode = "MNT0253";
    public const string BadPathCode = "MNT0254";

    /// <summary>
    /// Resolves <paramref name="reference"/> (relative to <paramref name="fromSource"/>, or to content/ when
    /// <paramref name="fromContentRoot"/>) and checks it. Reports at <paramref name="reportPath"/>.
    /// </summary>
    public static AttachedFile? Resolve(string reference, string fromSource, string reportPath, int line, int column,
        string contentRoot, long maxBytes, DiagnosticBag diagnostics, bool fromContentRoot = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var relative = ContentPaths.Resolve(fromContentRoot ? "site.yml" : fromSource, reference, out var problem);
        if (relative is null)
        {
            diagnostics.Add(Diagnostic.Error(BadPathCode,
                $"Путь к файлу «{ContentPaths.Printable(reference)}» недопустим: {problem}.", reportPath, line, column));
            return null;
        }

        var ext = Path.GetExtension(relative).TrimStart('.').ToLowerInvariant();
        if (!SiteDataLoader.DocumentExtensions.Contains(ext))
        {
            diagnostics.Add(Diagnostic.Error(BadTypeCode,
                $"Файл «{relative}» нельзя приложить: разрешены только форматы {string.Join(", ", SiteDataLoader.DocumentExtensions)}. Сохраните документ в PDF.",
                reportPath, line, column));
            return null;
        }

        if (!ContentReader.CheckFile(contentRoot, relative, diagnostics, reportPath, line, column))
        {
            return null;
        }

        var size = new FileInfo(Path.Combine(contentRoot, relative)).Length;
        if (size > maxBytes)
        {
            diagnostics.Add(Diagnostic.Error(TooLargeCode,
                $"Файл «{relative}» весит {(size / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')} МБ, а на сайте школы допустимо не больше {maxBytes / 1024 / 1024} МБ. Разделите документ на части или сожмите его.",
                reportPath, line, column));
            return null;
        }

        return new AttachedFile(relative, FileNaming.OutputPathFor(relative), FileNaming.TypeLabel(relative), size);
    }
}
