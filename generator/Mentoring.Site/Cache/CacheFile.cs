using System.IO.Hashing;
using System.Text;

namespace Mentoring.Site.Cache;

/// <summary>
/// One file of the build cache: a magic word, a header fingerprint (generator, theme, settings), the payload and
/// an XxHash128 checksum of everything before it. A file whose checksum, magic or header does not match is not
/// read at all: a truncated, edited or foreign cache is discarded, never trusted.
/// </summary>
internal static class CacheFile
{
    private static readonly byte[] Magic = "MNTCACHE2"u8.ToArray();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/> with <paramref name="read"/>, or returns default when it is missing, stale or corrupt.</summary>
    public static T? TryRead<T>(string path, UInt128 header, Func<BinaryReader, T> read)
        where T : class
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        const int checksumLength = 16;
        if (bytes.Length < Magic.Length + 16 + checksumLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var body = bytes.AsSpan(0, bytes.Length - checksumLength);
        if (!XxHash128.Hash(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - checksumLength)))
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, 0, body.Length, writable: false, publiclyVisible: true);
            using var reader = new BinaryReader(stream, Utf8);
            reader.ReadBytes(Magic.Length);
            var lo = reader.ReadUInt64();
            var hi = reader.ReadUInt64();
            if (new UInt128(hi, lo) != header)
            {
                return null;
            }

            var result = read(reader);
            return stream.Position == stream.Length ? result : null;
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or EndOfStreamException or IOException or FormatException or ArgumentException or DecoderFallbackException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// A string as <see cref="BinaryWriter.Write(string)"/> wrote it. From a cache file in memory it is decoded straight
    /// from the file's bytes: BinaryReader gathers a long string in pieces through a StringBuilder, which at ten
    /// thousand cached bodies was most of the time spent reading the cache.
    /// </summary>
    public static string ReadString(BinaryReader reader)
    {
        if (reader.BaseStream is not MemoryStream { } stream || !stream.TryGetBuffer(out _))
        {
            return reader.ReadString();
        }

        var (array, offset, length) = Slice(reader, stream);
        return Utf8.GetString(array, offset, length);
    }

    /// <summary>The bytes of the length-prefixed string at the stream's position, which moves past them.</summary>
    private static (byte[] Array, int Offset, int Length) Slice(BinaryReader reader, MemoryStream stream)
    {
        stream.TryGetBuffer(out var buffer);
        var length = reader.Read7BitEncodedInt();
        var position = (int)stream.Position;
        if (length < 0 || length > buffer.Count - position)
        {
            throw new EndOfStreamException();
        }

        stream.Position = position + length;
        return (buffer.Array!, buffer.Offset + position, length);
    }

    /// <summary>Writes the file next to its final name, then renames it over: a reader sees the old or the new file, whole.</summary>
    public static void Write(string path, UInt128 header, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                var hash = new XxHash128();
                using (var hashing = new HashingStream(stream, hash))
                using (var writer = new BinaryWriter(hashing, Utf8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write((ulong)header);
                    writer.Write((ulong)(header >> 64));
                    write(writer);
                }

                stream.Write(hash.GetCurrentHash());
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Passes writes through to a stream and into a running hash.</summary>
    private sealed class HashingStream(Stream inner, NonCryptographicHashAlgorithm hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.Append(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
