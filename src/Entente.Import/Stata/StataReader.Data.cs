using System.Buffers.Binary;
using System.Text;

namespace Entente.Import.Stata;

/// <summary>The data, strL and value-label sections of a release 118 file.</summary>
public static partial class StataReader
{
    /// <summary>Observations as double, string, a strL reference (resolved afterwards) or null for Stata's missing values.</summary>
    private static List<object?[]> Data(StataCursor cursor, long offset, IReadOnlyList<StataVariable> variables, ulong n)
    {
        cursor.Position = (int)offset;
        cursor.Expect("<data>");
        var width = variables.Sum(v => v.Width);
        cursor.Need((long)n * width, $"the data ({n} observations of {width} bytes)");
        var rows = new List<object?[]>((int)n);
        for (ulong o = 0; o < n; o++)
        {
            var row = new object?[variables.Count];
            for (var i = 0; i < variables.Count; i++)
            {
                row[i] = Value(cursor, variables[i]);
            }

            rows.Add(row);
        }

        cursor.Expect("</data>");
        return rows;
    }

    private static object? Value(StataCursor cursor, StataVariable variable)
    {
        var bytes = cursor.Span(variable.Width, $"variable {variable.Name}");
        var little = cursor.LittleEndian;
        return variable.Type switch
        {
            StataVariable.Byte => (sbyte)bytes[0] is var b && b <= 100 ? b : null,
            StataVariable.Int => (little ? BinaryPrimitives.ReadInt16LittleEndian(bytes) : BinaryPrimitives.ReadInt16BigEndian(bytes)) is var s && s <= 32740 ? s : null,
            StataVariable.Long => (little ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : BinaryPrimitives.ReadInt32BigEndian(bytes)) is var l && l <= 2147483620 ? l : null,
            StataVariable.Float => (little ? BinaryPrimitives.ReadSingleLittleEndian(bytes) : BinaryPrimitives.ReadSingleBigEndian(bytes)) is var f && f <= 1.701e38f ? (double)f : null,
            StataVariable.Double => (little ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes)) is var d && d <= 8.988e307 ? d : null,
            // Release 118 stores a strL reference as v (2 bytes) then o (6 bytes), in the file's byte order.
            StataVariable.StrL => little
                ? new StrLKey(BinaryPrimitives.ReadUInt16LittleEndian(bytes), (long)(BinaryPrimitives.ReadUInt64LittleEndian(bytes) >> 16))
                : new StrLKey(BinaryPrimitives.ReadUInt16BigEndian(bytes), (long)(BinaryPrimitives.ReadUInt64BigEndian(bytes) & 0xFFFF_FFFF_FFFF)),
            _ => Fixed(bytes),
        };
    }

    private static string Fixed(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        return Encoding.UTF8.GetString(nul < 0 ? bytes : bytes[..nul]);
    }

    private readonly record struct StrLKey(long V, long O);

    /// <summary>GSO blocks: "GSO", v (4 bytes), o (8 bytes), type (129 binary, 130 text with a trailing NUL), length (4), contents.</summary>
    private static Dictionary<StrLKey, string> StrLs(StataCursor cursor, long offset)
    {
        cursor.Position = (int)offset;
        cursor.Expect("<strls>");
        var strls = new Dictionary<StrLKey, string>();
        while (cursor.At("GSO"))
        {
            cursor.Expect("GSO");
            var key = new StrLKey(cursor.UInt32("a strL"), (long)cursor.UInt64("a strL"));
            var type = cursor.Byte("a strL");
            var contents = cursor.Span((int)cursor.UInt32("a strL"), "a strL");
            strls[key] = type == 130 ? Fixed(contents) : Convert.ToBase64String(contents);
        }

        cursor.Expect("</strls>");
        return strls;
    }

    private static void ResolveStrLs(List<object?[]> rows, IReadOnlyList<StataVariable> variables, Dictionary<StrLKey, string> strls, StataCursor cursor)
    {
        foreach (var i in Enumerable.Range(0, variables.Count).Where(i => variables[i].Type == StataVariable.StrL))
        {
            foreach (var row in rows)
            {
                var key = (StrLKey)row[i]!;
                row[i] = key.V == 0 && key.O == 0 ? "" : strls.TryGetValue(key, out var text) ? text : throw cursor.Error($"strL ({key.V}, {key.O}) of {variables[i].Name} is not in the strls section");
            }
        }
    }

    /// <summary>Value-label tables: &lt;lbl&gt;, length, name (129), padding (3), n, text length, n offsets, n values, text.</summary>
    private static Dictionary<string, IReadOnlyDictionary<int, string>> ValueLabels(StataCursor cursor, long offset)
    {
        cursor.Position = (int)offset;
        cursor.Expect("<value_labels>");
        var tables = new Dictionary<string, IReadOnlyDictionary<int, string>>(StringComparer.Ordinal);
        while (cursor.At("<lbl>"))
        {
            cursor.Expect("<lbl>");
            cursor.UInt32("a value-label table");
            var name = cursor.Fixed(129, "a value-label name");
            cursor.Span(3, "a value-label table");
            var count = (int)cursor.UInt32("a value-label table");
            var textLength = (int)cursor.UInt32("a value-label table");
            var offsets = Enumerable.Range(0, count).Select(_ => (int)cursor.UInt32("value-label offsets")).ToArray();
            var values = Enumerable.Range(0, count).Select(_ => unchecked((int)cursor.UInt32("value-label values"))).ToArray();
            var text = cursor.Span(textLength, "value-label text").ToArray();
            tables[name] = Enumerable.Range(0, count).ToDictionary(i => values[i], i => Fixed(text.AsSpan(Math.Min(offsets[i], text.Length))));
            cursor.Expect("</lbl>");
        }

        cursor.Expect("</value_labels>");
        return tables;
    }
}
