using System.Buffers.Binary;
using System.Text;

namespace Entente.Import.Tests.Unga;

/// <summary>
/// A deliberately minimal decoder for the tests, written apart from StataReader: it finds the tags by searching
/// the bytes, assumes little-endian (the real file is), and reads only int and float columns by name.
/// </summary>
internal sealed class IndependentDta
{
    private readonly byte[] _bytes;
    private readonly int _data;
    private readonly int[] _offsets;
    private readonly ushort[] _types;
    private readonly string[] _names;

    public IndependentDta(string path)
    {
        _bytes = File.ReadAllBytes(path);
        var k = BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(Find("<K>") + 3));
        Observations = (long)BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(Find("<N>") + 3));
        var types = Find("<variable_types>") + 16;
        _types = [.. Enumerable.Range(0, k).Select(i => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(types + (2 * i))))];
        var names = Find("<varnames>") + 10;
        _names = [.. Enumerable.Range(0, k).Select(i => Encoding.ASCII.GetString(_bytes, names + (129 * i), 129).TrimEnd('\0').Split('\0')[0])];
        _offsets = new int[k];
        for (var i = 1; i < k; i++)
        {
            _offsets[i] = _offsets[i - 1] + Width(_types[i - 1]);
        }

        RowWidth = _offsets[^1] + Width(_types[^1]);
        _data = Find("<data>") + 6;
    }

    public long Observations { get; }

    public int RowWidth { get; }

    public double Number(long observation, string name)
    {
        var i = Array.IndexOf(_names, name);
        var at = _bytes.AsSpan(_data + (int)(observation * RowWidth) + _offsets[i]);
        return _types[i] switch
        {
            65529 => BinaryPrimitives.ReadInt16LittleEndian(at),
            65527 => BinaryPrimitives.ReadSingleLittleEndian(at),
            _ => throw new NotSupportedException($"type {_types[i]}"),
        };
    }

    private static int Width(ushort type) => type switch { 65526 => 8, 65527 or 65528 => 4, 65529 => 2, 65530 => 1, 32768 => 8, _ => type };

    private int Find(string tag) => _bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(tag));
}
