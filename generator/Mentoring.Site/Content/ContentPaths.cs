using System.Text;

namespace Mentoring.Site.Content;

/// <summary>
/// The path rules for anything content refers to (links, attachments, documents): relative to the
/// referring file, inside content/, no tricks. Everything here works on '/'-separated relative paths.
/// </summary>
public static class ContentPaths
{
    /// <summary>
    /// Resolves <paramref name="reference"/> against the folder of <paramref name="fromSource"/>. Returns the
    /// content-relative path, or null with a Russian <paramref name="problem"/> when the reference is absolute,
    /// escapes content/, uses backslashes or contains control characters.
    /// </summary>
    public static string? Resolve(string fromSource, string reference, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(fromSource);
        ArgumentNullException.ThrowIfNull(reference);
        problem = null;
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(reference);
        }
        catch (UriFormatException)
        {
            decoded = reference;
        }

        if (decoded.Any(char.IsControl))
        {
            problem = "путь содержит управляющие символы";
            return null;
        }

        if (decoded.Contains('\\', StringComparison.Ordinal))
        {
            problem = "в пути обратная косая черта «\\»; используйте «/»";
            return null;
        }

        if (decoded.StartsWith('/') || (decoded.Length >= 2 && decoded[1] == ':' && char.IsAsciiLetter(decoded[0])))
        {
            problem = "путь абсолютный; укажите путь относительно этого файла (например, «../files/doc.pdf»)";
            return null;
        }

        var baseDir = fromSource.Contains('/', StringComparison.Ordinal) ? fromSource[..fromSource.LastIndexOf('/')] : string.Empty;
        var combined = baseDir.Length == 0 ? decoded : baseDir + "/" + decoded;
        var segments = new List<string>();
        foreach (var seg in combined.Split('/'))
        {
            if (seg.Length == 0 || seg == ".")
            {
                continue;
            }

            if (seg == "..")
            {
                if (segments.Count == 0)
                {
                    problem = "путь ведёт за пределы папки content/";
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(seg);
        }

        if (segments.Count == 0)
        {
            problem = "путь пуст";
            return null;
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// True when <paramref name="relative"/> names a regular file physically inside <paramref name="root"/>:
    /// no symbolic link on the way may lead outside.
    /// </summary>
    public static bool IsInsideRoot(string root, string relative, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relative);
        problem = null;
        var rootFull = Path.GetFullPath(root);
        var current = rootFull;
        foreach (var seg in relative.Split('/'))
        {
            current = Path.Combine(current, seg);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                var targetFull = target is null ? null : Path.GetFullPath(target.FullName);
                if (targetFull is null || !IsUnder(rootFull, targetFull))
                {
                    problem = "это символическая ссылка на файл вне папки content/";
                    return false;
                }
            }
        }

        return true;
    }

    public static bool IsUnder(string root, string fullPath)
    {
        var r = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(r, StringComparison.Ordinal);
    }

    /// <summary>Content-relative path with '/' separators.</summary>
    public static string ToRelative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>A file name is acceptable when it has no control or bidi characters.</summary>
    public static bool HasUnsafeCharacters(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var c in name)
        {
            if (char.IsControl(c) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Quotes a path for a message, replacing invisible characters so the user can see them.</summary>
    public static string Printable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sb = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            sb.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return sb.ToString();
    }
}
