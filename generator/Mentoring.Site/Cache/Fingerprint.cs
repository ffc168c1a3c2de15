using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Mentoring.Site.Cache;

/// <summary>
/// A 128-bit content fingerprint (XxHash128) built from typed parts. Every part is written with a tag and a
/// length, so two different sequences of parts can never produce the same bytes to hash.
/// </summary>
public sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    public Fingerprint Add(string? value)
    {
        if (value is null)
        {
            Tag(0);
            return this;
        }

        Tag(1);
        Int(value.Length);
        _hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
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
        _hash.Append(bytes);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Tag(8);
        Int(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>A structural marker (start of a list, of an object…), distinct from every value.</summary>
    public Fingerprint Tag(byte tag)
    {
        _hash.Append([tag]);
        return this;
    }

    public UInt128 Value => _hash.GetCurrentHashAsUInt128();

    public static UInt128 Of(string text) => new Fingerprint().Add(text).Value;

    private void Int(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
    }
}
