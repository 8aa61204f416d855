using System.Globalization;
using System.Text;

namespace Entente.Import.Csv;

/// <summary>
/// The one CSV writer of Entente (RFC 4180, CRLF). Numbers are written as numbers, invariant and unrounded.
/// A text cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with an
/// apostrophe — text from sources must not execute — and control characters in text are dropped.
/// </summary>
public static class CsvWriter
{
    /// <summary>A header row and the rows under it; each cell is text, a number, or null (empty).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        WriteRow(writer, [.. headers]);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    public static void WriteRow(TextWriter writer, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Cell(cells[i]));
        }

        writer.Write("\r\n");
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => Text(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Text(value.ToString()),
    };

    /// <summary>A text cell: formula-guarded, control characters dropped, quoted when it must be.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var clean = value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            ? new string([.. value.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')])
            : value;
        var text = clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + clean : clean;
        if (text.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return text;
        }

        return new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
