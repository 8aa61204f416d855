using System.Buffers.Binary;
using System.Text;

namespace Entente.Import.Stata;

/// <summary>A position in the bytes of a .dta file, reading in the file's byte order; running past the end is a truncation error.</summary>
internal sealed class StataCursor(string path, byte[] bytes)
{
    public int Position { get; set; }

    public bool LittleEndian { get; set; } = true;

    public int Length => bytes.Length;

    public bool At(string tag) => Position + tag.Length <= bytes.Length && Encoding.ASCII.GetString(bytes, Position, tag.Length) == tag;

    /// <summary>Reads an expected tag such as "&lt;data&gt;"; anything else means the file is not what its map says.</summary>
    public void Expect(string tag)
    {
        Need(tag.Length, tag);
        if (!At(tag))
        {
            throw Error($"expected {tag}; the file is damaged or not a Stata 118 file");
        }

        Position += tag.Length;
    }

    /// <summary>ASCII text up to the given closing tag.</summary>
    public string TextUntil(string closing)
    {
        var end = Encoding.ASCII.GetString(bytes, Position, Math.Min(64, bytes.Length - Position)).IndexOf(closing, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error($"no {closing} within 64 bytes");
        }

        var text = Encoding.ASCII.GetString(bytes, Position, end);
        Position += end + closing.Length;
        return text;
    }

    public byte Byte(string what) => Span(1, what)[0];

    public ushort UInt16(string what) => LittleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(Span(2, what)) : BinaryPrimitives.ReadUInt16BigEndian(Span(2, what));

    public uint UInt32(string what) => LittleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(Span(4, what)) : BinaryPrimitives.ReadUInt32BigEndian(Span(4, what));

    public ulong UInt64(string what) => LittleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(Span(8, what)) : BinaryPrimitives.ReadUInt64BigEndian(Span(8, what));

    /// <summary>A fixed-width, NUL-padded UTF-8 field (names, formats, labels, str# values).</summary>
    public string Fixed(int width, string what)
    {
        var span = Span(width, what);
        var nul = span.IndexOf((byte)0);
        return Encoding.UTF8.GetString(nul < 0 ? span : span[..nul]);
    }

    public ReadOnlySpan<byte> Span(int count, string what)
    {
        Need(count, what);
        var span = new ReadOnlySpan<byte>(bytes, Position, count);
        Position += count;
        return span;
    }

    public void Need(long count, string what)
    {
        if (Position + count > bytes.Length)
        {
            throw new StataFormatException(path, bytes.Length, $"the file ends inside {what} ({Position + count - bytes.Length} bytes missing): it is truncated");
        }
    }

    public StataFormatException Error(string reason) => new(path, Position, reason);
}
