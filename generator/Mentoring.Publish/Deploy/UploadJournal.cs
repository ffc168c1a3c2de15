using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mentoring.Publish.Deploy;

/// <summary>
/// The server-side record of an upload in progress (<see cref="FileName"/>, JSON lines, append-only): first the
/// planned uploads, then one line per file that really arrived or was really deleted. The manifest is rewritten
/// only at the end; if the upload breaks off, the next run applies the journal to the old manifest and so knows
/// exactly what the server holds — nothing that arrived is sent again, nothing that did not is assumed.
/// </summary>
public sealed class UploadJournal
{
    public const string FileName = ".mentoring-upload.jsonl";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private UploadJournal(ImmutableArray<string> planned, ImmutableDictionary<string, ManifestEntry?> done)
    {
        Planned = planned;
        Done = done;
    }

    /// <summary>Uploads the interrupted run meant to make; their temporary files may be left on the server.</summary>
    public ImmutableArray<string> Planned { get; }

    /// <summary>What did happen: an entry for an upload, null for a deletion; the last line for a path wins.</summary>
    public ImmutableDictionary<string, ManifestEntry?> Done { get; }

    /// <summary>Reads the lines that are whole; a line cut off by the interruption is ignored.</summary>
    public static UploadJournal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var planned = ImmutableArray.CreateBuilder<string>();
        var done = ImmutableDictionary.CreateBuilder<string, ManifestEntry?>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var path = root.GetProperty("path").GetString()!;
                switch (root.GetProperty("op").GetString())
                {
                    case "plan":
                        planned.Add(path);
                        break;
                    case "put":
                        done[path] = new ManifestEntry(root.GetProperty("sha256").GetString()!, root.GetProperty("size").GetInt64());
                        break;
                    case "delete":
                        done[path] = null;
                        break;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                // A torn last line: what it would have said did not complete.
            }
        }

        return new UploadJournal(planned.ToImmutable(), done.ToImmutable());
    }

    /// <summary>The manifest the server really matches after the interrupted run.</summary>
    public SiteManifest ApplyTo(SiteManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        foreach (var (path, entry) in Done)
        {
            manifest = entry is null ? manifest.Without(path) : manifest.With(path, entry);
        }

        return manifest;
    }

    public static string PlanLine(string path) => Line("plan", path, null);

    public static string PutLine(string path, ManifestEntry entry) => Line("put", path, entry);

    public static string DeleteLine(string path) => Line("delete", path, null);

    private static string Line(string op, string path, ManifestEntry? entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("op", op);
            json.WriteString("path", path);
            if (entry is not null)
            {
                json.WriteString("sha256", entry.Sha256);
                json.WriteNumber("size", entry.Size);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
