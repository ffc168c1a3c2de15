using System.Text;
using Mentoring.Engine;

namespace Mentoring.Site.Content;

/// <summary>
/// Turns the bytes of a content file into text the rest of the generator can trust: UTF-8 (a BOM is
/// accepted), UTF-16 with a BOM (what some Windows editors save), line ends normalised to LF, and invalid
/// bytes reported with their line instead of silently becoming "�".
/// </summary>
public static class SourceText
{
    public const string InvalidEncodingCode = "MNT0102";

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

        return NormalizeLineEnds(text);
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
