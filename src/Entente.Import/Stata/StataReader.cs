using System.Text;

namespace Entente.Import.Stata;

/// <summary>
/// A small reader for Stata's .dta format release 118 (written by Stata 14 and later), after Stata's published
/// description of the format (`help dta`): a header (release, byte order, K variables, N observations, label,
/// timestamp), a map of section offsets, variable types, names, sort list, formats, value-label names, variable
/// labels, characteristics (skipped), the data, strLs (GSO blocks) and value-label tables. Both byte orders are read.
/// Another release, or a file shorter than its map says, is refused with a <see cref="StataFormatException"/>.
/// No .NET package reads .dta files, hence this reader; it loads the whole file into memory.
/// </summary>
public static partial class StataReader
{
    public const int Release = 118;

    public static StataFile Read(string path) => Read(path, File.ReadAllBytes(path));

    public static StataFile Read(string path, byte[] bytes)
    {
        var cursor = new StataCursor(path, bytes);
        if (!cursor.At("<stata_dta>"))
        {
            throw cursor.Error(bytes.Length > 0 && bytes[0] is >= 102 and <= 115
                ? $"an old-format Stata file (release {bytes[0]}); Entente reads release {Release} only: re-save it in Stata 14 or later (`saveold FILE, version(14)`)"
                : "not a Stata .dta file");
        }

        cursor.Expect("<stata_dta><header><release>");
        var release = cursor.TextUntil("</release>");
        if (release != Release.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new StataFormatException(path, 28, $"Stata release {release}: Entente reads release {Release} only (Stata 14 and later); re-save it with `saveold FILE, version(14)`");
        }

        cursor.Expect("<byteorder>");
        var order = Encoding.ASCII.GetString(cursor.Span(3, "the byte order"));
        cursor.LittleEndian = order switch
        {
            "LSF" => true,
            "MSF" => false,
            _ => throw cursor.Error($"byte order '{order}' is neither LSF nor MSF"),
        };
        cursor.Expect("</byteorder><K>");
        var k = cursor.UInt16("the number of variables");
        cursor.Expect("</K><N>");
        var n = cursor.UInt64("the number of observations");
        cursor.Expect("</N><label>");
        var label = Encoding.UTF8.GetString(cursor.Span(cursor.UInt16("the data label"), "the data label"));
        cursor.Expect("</label><timestamp>");
        var timestamp = Encoding.UTF8.GetString(cursor.Span(cursor.Byte("the timestamp"), "the timestamp"));
        cursor.Expect("</timestamp></header><map>");
        var map = Enumerable.Range(0, 14).Select(_ => (long)cursor.UInt64("the map")).ToArray();
        if (map[13] > bytes.Length)
        {
            throw new StataFormatException(path, bytes.Length, $"the map says the file has {map[13]} bytes but it has {bytes.Length}: it is truncated");
        }

        var file = new StataFile(path, Release, cursor.LittleEndian, label, timestamp);
        var variables = Descriptors(cursor, map, k, out var sortedBy);
        var observations = Data(cursor, map[9], variables, n);
        var strls = StrLs(cursor, map[10]);
        ResolveStrLs(observations, variables, strls, cursor);
        var valueLabels = ValueLabels(cursor, map[11]);
        cursor.Expect("</stata_dta>");
        return file with { Variables = variables, SortedBy = sortedBy, Observations = observations, ValueLabels = valueLabels };
    }

    private static List<StataVariable> Descriptors(StataCursor cursor, long[] map, int k, out IReadOnlyList<string> sortedBy)
    {
        cursor.Position = (int)map[2];
        cursor.Expect("<variable_types>");
        var types = Enumerable.Range(0, k).Select(_ => (int)cursor.UInt16("the variable types")).ToArray();
        string[] Block(long offset, string tag, int width) => Section(cursor, offset, tag, () => Enumerable.Range(0, k).Select(_ => cursor.Fixed(width, tag)).ToArray());
        var names = Block(map[3], "varnames", 129);
        var sort = Section(cursor, map[4], "sortlist", () => Enumerable.Range(0, k + 1).Select(_ => (int)cursor.UInt16("the sort list")).ToArray());
        var formats = Block(map[5], "formats", 57);
        var valueLabelNames = Block(map[6], "value_label_names", 129);
        var labels = Block(map[7], "variable_labels", 321);
        if (types.FirstOrDefault(t => t is 0 or > 2045 and not (StataVariable.StrL or >= StataVariable.Double and <= StataVariable.Byte)) is var bad and > 0)
        {
            throw cursor.Error($"unknown variable type {bad}");
        }

        sortedBy = [.. sort.TakeWhile(s => s > 0).Where(s => s <= k).Select(s => names[s - 1])];
        return [.. Enumerable.Range(0, k).Select(i => new StataVariable(names[i], types[i], formats[i], labels[i], valueLabelNames[i]))];
    }

    private static T Section<T>(StataCursor cursor, long offset, string tag, Func<T> read)
    {
        cursor.Position = (int)offset;
        cursor.Expect($"<{tag}>");
        var value = read();
        cursor.Expect($"</{tag}>");
        return value;
    }
}
