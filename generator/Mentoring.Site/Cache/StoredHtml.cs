using System.Text;

namespace Mentoring.Site.Cache;

/// <summary>
/// The HTML of a cached Markdown body, left in the cache's file of HTML (<c>markdown-XX-&lt;hash&gt;.html</c>) until a
/// page is rendered with it. A rebuild reuses most pages and needs only the body's fingerprint, so the HTML of ten
/// thousand bodies (most of the bodies' bytes) is not read at all. The bytes are checked when they are read: valid
/// UTF-8 whose fingerprint is the one the checksummed record holds; anything else is <see cref="CacheDamagedException"/>.
/// </summary>
internal sealed class StoredHtml(string path, long offset, int length, UInt128 fingerprint)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Path { get; } = path;

    public long Offset { get; } = offset;

    public int Length { get; } = length;

    public UInt128 Fingerprint { get; } = fingerprint;

    /// <summary>The text, read and checked.</summary>
    public string Load() => Read().Text;

    /// <summary>The bytes and the text they decode to, read and checked.</summary>
    public (byte[] Bytes, string Text) Read()
    {
        var bytes = new byte[Length];
        try
        {
            using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var done = 0;
            while (done < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(done), Offset + done);
                if (n <= 0)
                {
                    throw new CacheDamagedException(Path, "the file is shorter than its records");
                }

                done += n;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CacheDamagedException(Path, ex.Message);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new CacheDamagedException(Path, "the bytes are not UTF-8");
        }

        if (Cache.Fingerprint.Of(text) != Fingerprint)
        {
            throw new CacheDamagedException(Path, "the text does not match its fingerprint");
        }

        return (bytes, text);
    }
}

/// <summary>
/// A file of the build cache turned out damaged after the build had started trusting its index (the HTML of a body
/// did not match its fingerprint): the build is made again without the cache.
/// </summary>
public sealed class CacheDamagedException(string path, string reason)
    : Exception($"The build cache file {path} is damaged: {reason}.")
{
    public string FilePath { get; } = path;
}
