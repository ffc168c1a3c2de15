using System.Globalization;
using System.IO.Compression;

namespace Mentoring.Publish.Packing;

/// <summary>
/// Packs output/ into <c>mentoring-site-YYYY-MM-DD.zip</c> for hosting control panels that take an archive.
/// Deterministic: entries in ordinal order of their '/' paths, one fixed timestamp (the pack date, midnight),
/// fixed permissions and compression level, so the same site and date give the same bytes. Names must be
/// ASCII (the build makes them so): panels and old unzip tools mangle anything else.
/// </summary>
public static class SitePacker
{
    /// <summary>rw-r--r--, in the high 16 bits as zip tools on Unix read them.</summary>
    private const int FilePermissions = 0b110_100_100 << 16;

    public static string FileName(DateOnly date) =>
        "mentoring-site-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".zip";

    /// <summary>Writes the zip next to the folder (into its parent) or into <paramref name="targetFolder"/>.</summary>
    public static PackResult Pack(OutputFolder output, DateOnly date, string? targetFolder = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var folder = Path.GetFullPath(targetFolder ?? Path.GetDirectoryName(output.Path)!);
        var zipPath = Path.Combine(folder, FileName(date));
        if (IsInside(output.Path, zipPath))
        {
            throw new PublishException(PublishFailure.Configuration,
                $"Архив нельзя класть внутрь папки сайта «{output.Path}»: он попал бы в следующий архив. Укажите другую папку в --to.");
        }

        var files = output.Files();
        var odd = files.Where(f => f.Any(c => c > 0x7E || c < 0x20)).ToList();
        if (odd.Count > 0)
        {
            throw new PublishException(PublishFailure.Output,
                $"В папке сайта есть файлы с нелатинскими именами ({string.Join(", ", odd.Take(3))}): панели хостинга их портят. Эти файлы положены не генератором — уберите их из «{output.Path}» и соберите сайт заново.");
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + FileName(date) + ".part");
        long bytes = 0;
        var stamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var relative in files)
                {
                    var entry = zip.CreateEntry(relative, CompressionLevel.Optimal);
                    entry.LastWriteTime = stamp;
                    entry.ExternalAttributes = FilePermissions;
                    using var source = File.OpenRead(output.FullPath(relative));
                    using var target = entry.Open();
                    source.CopyTo(target);
                    bytes += source.Length;
                }
            }

            File.Move(temporary, zipPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new PackResult(zipPath, files.Count, bytes, new FileInfo(zipPath).Length);
    }

    private static bool IsInside(string folder, string file) =>
        file.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
