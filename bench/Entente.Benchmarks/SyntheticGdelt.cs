using System.Globalization;
using System.Text;

namespace Entente.Benchmarks;

/// <summary>
/// Writes synthetic GDELT 2.0 export files (61 tab-separated columns, no header) whose values are drawn from a real
/// export: each row takes its Actor1 block, Actor2 block, event block (codes, QuadClass, Goldstein, counts, tone)
/// and geography blocks from independently sampled real rows, so every column keeps its real distribution and each
/// block stays internally consistent. GLOBALEVENTID rises; SQLDATE spreads over 2015–2024; SOURCEURL repeats for
/// about four events, as articles do.
/// </summary>
internal sealed class SyntheticGdelt(IReadOnlyList<string[]> template, int seed = 20191024)
{
    // Column blocks of the 2.0 layout: 5-14 Actor1, 15-24 Actor2, 25-34 event, 35-42 / 43-50 / 51-58 geography.
    private static readonly (int From, int To)[] Blocks = [(5, 14), (15, 24), (25, 34), (35, 42), (43, 50), (51, 58)];

    public static SyntheticGdelt FromFile(string path) =>
        new([.. File.ReadLines(path).Select(l => l.Split('\t')).Where(c => c.Length == 61)]);

    public long Write(string path, long rows, long firstId = 1_000_000_000)
    {
        var random = new Random(seed);
        var start = new DateOnly(2015, 2, 18);
        var days = new DateOnly(2024, 12, 31).DayNumber - start.DayNumber;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var cells = new string[61];
        for (long i = 0; i < rows; i++)
        {
            var id = firstId + i;
            // Events arrive roughly in date order, with a tail of older events as in real exports.
            var day = start.AddDays((int)(days * i / rows) - (random.Next(10) == 0 ? random.Next(365) : 0));
            if (day < start)
            {
                day = start;
            }

            cells[0] = id.ToString(CultureInfo.InvariantCulture);
            cells[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            cells[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            cells[3] = day.Year.ToString(CultureInfo.InvariantCulture);
            cells[4] = (day.Year + ((day.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture);
            foreach (var (from, to) in Blocks)
            {
                var source = template[random.Next(template.Count)];
                Array.Copy(source, from, cells, from, to - from + 1);
            }

            var added = day.AddDays(random.Next(2));
            cells[59] = $"{added:yyyyMMdd}{random.Next(24):00}{random.Next(4) * 15:00}00";
            var url = template[random.Next(template.Count)][60];
            cells[60] = $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}e={id / 4}";
            writer.Write(string.Join('\t', cells));
            writer.Write('\n');
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }
}
