using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>SIPRI files the tests write: fixtures with their columns shuffled, rows repeated, cut or appended to.</summary>
internal static class SipriFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sipri", name);

    /// <summary>
    /// The file with its columns in another order (a fixed permutation; each classic `?` column kept after the column it
    /// qualifies, as it is named after it). Preamble lines are kept as they are; records are re-quoted.
    /// </summary>
    public static string Shuffled(TempDirectory dir, string source, int headerLine)
    {
        var lines = File.ReadAllLines(source, System.Text.Encoding.Latin1);
        var records = PlainCsv.Records(source).ToList();
        var header = records.FindIndex(r => r.Length > 10 && r.Contains("Supplier"));
        var width = records[header].Length;
        // Groups: a named column plus the blank `?` columns after it, moved together; the groups are reversed.
        var groups = new List<List<int>>();
        for (var i = 0; i < width; i++)
        {
            if (records[header][i].Trim().Length == 0 && groups.Count > 0)
            {
                groups[^1].Add(i);
            }
            else
            {
                groups.Add([i]);
            }
        }

        var order = groups.AsEnumerable().Reverse().SelectMany(g => g).ToList();
        // Records SIPRI broke across lines are left out: a plain parser sees their halves as short records.
        var body = records.Skip(header).Where(r => r.Length == width).Select(r => string.Join(',', order.Select(i => Quote(i < r.Length ? r[i] : ""))));
        return dir.Write(Path.GetFileName(source), string.Join('\n', lines.Take(headerLine - 1).Concat(body)) + "\n");
    }

    public static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    /// <summary>The fixture's preamble and header, then its records <paramref name="copies"/> times.</summary>
    public static string Repeated(TempDirectory dir, string fixture, int headerLine, int copies)
    {
        var lines = File.ReadAllLines(Fixture(fixture));
        var rows = lines.Skip(headerLine).Where(l => l.Length > 0).ToList();
        return dir.Write($"repeated-{fixture}", string.Join('\n', lines.Take(headerLine).Concat(Enumerable.Repeat(rows, copies).SelectMany(r => r))) + "\n");
    }
}
