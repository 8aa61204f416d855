using System.Text;

namespace Entente.Import.Events;

/// <summary>
/// A batch column of strings kept as UTF-8 bytes in one buffer (no string per value), so a warehouse can copy them
/// straight into its own vectors. A value is null when its length is -1; an empty field is stored as null.
/// </summary>
public sealed class TextColumn(int capacity)
{
    private byte[] _bytes = new byte[capacity * 16];

    public int[] Offsets { get; } = new int[capacity];
    public int[] Lengths { get; } = new int[capacity];
    public ReadOnlySpan<byte> Bytes => _bytes;
    public byte[] Buffer => _bytes;
    private int _used;

    public void Set(int row, ReadOnlySpan<char> value)
    {
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

    public void SetNull(int row) => Lengths[row] = -1;

    public ReadOnlySpan<byte> Get(int row) => Lengths[row] < 0 ? default : _bytes.AsSpan(Offsets[row], Lengths[row]);

    public string? GetString(int row) => Lengths[row] < 0 ? null : Encoding.UTF8.GetString(_bytes, Offsets[row], Lengths[row]);

    public void Clear() => _used = 0;
}
