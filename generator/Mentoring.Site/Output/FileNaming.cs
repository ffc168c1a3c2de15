using Mentoring.Site.Text;

namespace Mentoring.Site.Output;

/// <summary>
/// Output names of files copied from content/: ASCII, lower-case, transliterated, stable — FTP clients and
/// some hostings mangle Cyrillic names.
/// </summary>
public static class FileNaming
{
    public static string OutputPathFor(string contentRelativePath)
    {
        ArgumentNullException.ThrowIfNull(contentRelativePath);
        var parts = contentRelativePath.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            parts[i] = Transliteration.ToSlug(parts[i]) is { Length: > 0 } s ? s : "dir";
        }

        var name = Transliteration.ToFileName(parts[^1]);
        parts[^1] = name.Length == 0 || name.StartsWith('.') ? "file" + name : name;
        return string.Join('/', parts);
    }

    /// <summary>Label of a file type for readers: «PDF», «DOCX».</summary>
    public static string TypeLabel(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path).TrimStart('.');
        return ext.ToUpperInvariant();
    }
}
