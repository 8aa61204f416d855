using System.Text;

namespace Entente.Events;

/// <summary>
/// A batch column of strings, in one of two forms. Coded (given a <see cref="TermTable"/>): each value is kept as
/// its term key in <see cref="Keys"/>, 0 for null; this is the form of codes, ids, names and places. Free: each value
/// is kept as UTF-8 bytes in one buffer (no string per value), null when its length is -1; this is the form of text
/// that rarely repeats (source URLs, ICEWS event sentences). An empty field is null in both forms.
/// </summary>
public sealed class TextColumn
{
    private byte[] _bytes;
    private int _used;

    public TextColumn(int capacity, TermTable? terms = null)
    {
        Terms = terms;
        Keys = terms is null ? [] : new uint[capacity];
        Offsets = terms is null ? new int[capacity] : [];
        Lengths = terms is null ? new int[capacity] : [];
        _bytes = terms is null ? new byte[capacity * 16] : [];
    }

    /// <summary>The term table of a coded column; null for free text.</summary>
    public TermTable? Terms { get; }

    public uint[] Keys { get; }
    public int[] Offsets { get; }
    public int[] Lengths { get; }
    public byte[] Buffer => _bytes;

    public void Set(int row, ReadOnlySpan<char> value)
    {
        if (Terms is not null)
        {
            Keys[row] = value.IsEmpty ? 0 : Terms.Key(value);
            return;
        }

        if (value.IsEmpty)
        {
            Lengths[row] = -1;
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_used + max > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + max));
        }

        var written = Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_used));
        Offsets[row] = _used;
        Lengths[row] = written;
        _used += written;
    }

    public void SetNull(int row)
    {
        if (Terms is not null)
        {
            Keys[row] = 0;
        }
        else
        {
            Lengths[row] = -1;
        }
    }

    /// <summary>The UTF-8 bytes of a free-text value; empty for null.</summary>
    public ReadOnlySpan<byte> Get(int row) => Lengths[row] < 0 ? default : _bytes.AsSpan(Offsets[row], Lengths[row]);

    public void Clear() => _used = 0;
}
