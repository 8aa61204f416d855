using System.Text;

namespace Entente.Import.Sipri;

/// <summary>
/// RFC 4180 records with their line numbers. A quoted field may span lines; an unquoted line break ends
/// the record — SIPRI's broken comments are then seen as two short records, which the register reader repairs.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(string text, int firstLine = 1)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = firstLine;
        var start = firstLine;
        var quoted = false;
        var atCellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atCellStart:
                    quoted = true;
                    atCellStart = false;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    atCellStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    yield return new CsvRecord(start, cells);
                    cells = [];
                    cell.Clear();
                    atCellStart = true;
                    start = ++line;
                    break;
                default:
                    cell.Append(c);
                    atCellStart = false;
                    break;
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return new CsvRecord(start, cells) { Unterminated = quoted };
        }
    }
}
