using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Mentoring.Site.Cache;

/// <summary>
/// A 128-bit content fingerprint (XxHash128) built from typed parts. Every part is written with a tag and a
/// length, so two different sequences of parts can never produce the same bytes to hash.
/// Small parts (tags, lengths, numbers, short strings) are gathered in a buffer and handed to the hash in blocks: a
/// page's model is thousands of such parts, and the hash's own per-call work cost more than hashing them. The bytes
/// hashed are the same either way, so are the fingerprints.
/// </summary>
public sealed class Fingerprint
{
    private const int BufferSize = 512;
    private readonly XxHash128 _hash = new();
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;

    public Fingerprint Add(string? value)
    {
        if (value is null)
        {
            Tag(0);
            return this;
        }

        Tag(1);
        Int(value.Length);
        Write(MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    public Fingerprint Add(long value)
    {
        Tag(2);
        Int(value);
        return this;
    }

    public Fingerprint Add(bool value)
    {
        Tag(value ? (byte)3 : (byte)4);
        return this;
    }

    public Fingerprint Add(double value)
    {
        Tag(5);
        Int(BitConverter.DoubleToInt64Bits(value));
        return this;
    }

    public Fingerprint Add(decimal value) => Tag(6).Add(value.ToString(CultureInfo.InvariantCulture));

    public Fingerprint Add(UInt128 value)
    {
        Tag(7);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, (ulong)value);
        BitConverter.TryWriteBytes(bytes[8..], (ulong)(value >> 64));
        Write(bytes);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Tag(8);
        Int(bytes.Length);
        Write(bytes);
        return this;
    }

    /// <summary>A structural marker (start of a list, of an object…), distinct from every value.</summary>
    public Fingerprint Tag(byte tag)
    {
        if (_used == BufferSize)
        {
            Flush();
        }

        _buffer[_used++] = tag;
        return this;
    }

    public UInt128 Value
    {
        get
        {
            Flush();
            return _hash.GetCurrentHashAsUInt128();
        }
    }

    public static UInt128 Of(string text) => new Fingerprint().Add(text).Value;

    private void Int(long value)
    {
        if (BufferSize - _used < sizeof(long))
        {
            Flush();
        }

        BitConverter.TryWriteBytes(_buffer.AsSpan(_used), value);
        _used += sizeof(long);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize - _used)
        {
            Flush();
            if (bytes.Length > BufferSize)
            {
                _hash.Append(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Flush()
    {
        if (_used > 0)
        {
            _hash.Append(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }
}
