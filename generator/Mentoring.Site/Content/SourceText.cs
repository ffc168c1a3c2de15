using System.Text;
using Mentoring.Engine;

namespace Mentoring.Site.Content;

/// <summary>
/// Turns the bytes of a content file into text the rest of the generator can trust: UTF-8 (a BOM is
/// accepted), UTF-16 with a BOM (what some Windows editors save), line ends normalised to LF, invisible control
/// characters removed, and invalid bytes reported with their line instead of silently becoming "�".
/// </summary>
public static class SourceText
{
    public const string InvalidEncodingCode = "MNT0102";

    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes[3..];
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                var (line, column) = LocateInvalidByte(bytes, ex.Index);
                diagnostics.Add(Diagnostic.Error(InvalidEncodingCode,
                    "Файл не в кодировке UTF-8 (встретились недопустимые байты). Сохраните его в UTF-8: в Блокноте — «Сохранить как» → «Кодировка: UTF-8», в Word — «Обычный текст» → «Юникод (UTF-8)».",
                    path, line, column));
                return null;
            }
        }

        return RemoveControlCharacters(NormalizeLineEnds(text));
    }

    /// <summary>
    /// Removes control characters other than tab and line feed (NUL, ESC, vertical tab, DEL, the C1 range), which
    /// some editors and copied PDFs leave in text: no reader can see them, and in a page they make invalid HTML.
    /// </summary>
    public static string RemoveControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(ControlCharacters);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!ControlCharacters.Contains(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>CRLF and lone CR become LF, so line numbers and output are the same on every OS.</summary>
    public static string NormalizeLineEnds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static (int Line, int Column) LocateInvalidByte(ReadOnlySpan<byte> bytes, int index)
    {
        if (index < 0 || index > bytes.Length)
        {
            // The decoder could not say where: find the first bad byte ourselves.
            index = 0;
            for (var i = 1; i <= bytes.Length; i++)
            {
                try
                {
                    StrictUtf8.GetCharCount(bytes[..i]);
                }
                catch (DecoderFallbackException)
                {
                    index = i - 1;
                    break;
                }
            }
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
