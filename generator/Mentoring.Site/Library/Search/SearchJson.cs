using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mentoring.Site.Library.Search;

/// <summary>Compact, deterministic JSON for the browser: UTF-8 text as is (no \u escapes for Cyrillic), no indentation.</summary>
public static class SearchJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
