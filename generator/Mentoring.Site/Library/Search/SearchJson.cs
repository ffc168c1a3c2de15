using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mentoring.Site.Library.Search;

/// <summary>Compact, deterministic JSON for the browser: UTF-8 text as is (no \u escapes for Cyrillic), no indentation, no markup characters.</summary>
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

        // The relaxed encoder keeps Cyrillic readable but writes '<', '>' and '&' as they are. They can only stand
        // inside strings, so escaping them here changes no value and leaves no markup in the file for a browser that
        // would sniff it as HTML (a host serving .json with the wrong type).
        return Encoding.UTF8.GetString(stream.ToArray())
            .Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
    }
}
