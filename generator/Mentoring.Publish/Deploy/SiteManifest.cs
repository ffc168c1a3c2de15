using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mentoring.Publish.Deploy;

/// <summary>
/// What a site folder holds, by content: relative path → SHA-256 and size. The server keeps one
/// (<see cref="FileName"/>) describing what really arrived, so the next upload sends only the difference.
/// The JSON is deterministic: paths in ordinal order, two-space indents, '\n', a final newline.
/// </summary>
public sealed class SiteManifest
{
    public const string FileName = ".mentoring-manifest.json";
    public const int FormatVersion = 1;

    private SiteManifest(ImmutableSortedDictionary<string, ManifestEntry> files) => Files = files;

    public static SiteManifest Empty { get; } = new(ImmutableSortedDictionary.Create<string, ManifestEntry>(StringComparer.Ordinal));

    public ImmutableSortedDictionary<string, ManifestEntry> Files { get; }

    public long TotalBytes => Files.Values.Sum(e => e.Size);

    public SiteManifest With(string path, ManifestEntry entry) => new(Files.SetItem(path, entry));

    public SiteManifest Without(string path) => new(Files.Remove(path));

    /// <summary>Hashes every file of the folder (in parallel; the result does not depend on the order).</summary>
    public static SiteManifest FromFolder(OutputFolder folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = folder.Files();
        var entries = new ManifestEntry[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            using var stream = File.OpenRead(folder.FullPath(files[i]));
            entries[i] = new ManifestEntry(Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
        });
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ManifestEntry>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            builder[files[i]] = entries[i];
        }

        return new SiteManifest(builder.ToImmutable());
    }

    /// <summary>Null when the text is not a manifest of a known format (then the server's state is treated as unknown).</summary>
    public static SiteManifest? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetInt32() != FormatVersion
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var builder = ImmutableSortedDictionary.CreateBuilder<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateArray())
            {
                builder[file.GetProperty("path").GetString()!] = new ManifestEntry(file.GetProperty("sha256").GetString()!, file.GetProperty("size").GetInt64());
            }

            return new SiteManifest(builder.ToImmutable());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteStartArray("files");
            foreach (var (path, entry) in Files)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteString("sha256", entry.Sha256);
                json.WriteNumber("size", entry.Size);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public string ToJsonText() => Encoding.UTF8.GetString(ToJson());
}
