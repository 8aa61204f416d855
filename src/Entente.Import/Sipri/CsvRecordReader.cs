using System.Text;

namespace Entente.Import.Sipri;

/// <summary>
/// RFC 4180 records streamed from a reader with the physical line each starts on. A quoted field may span lines;
/// an unquoted line break ends the record, so SIPRI's broken comments arrive as two short records, which the register
/// reader repairs. A record longer than <see cref="MaxRecordChars"/> is no SIPRI record: the file is refused, not buffered.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string file)
{
    public const int MaxRecordChars = SipriReader.MaxRecordChars;

    private readonly StringBuilder _cell = new();
    private int _line = 1;

    public IEnumerable<CsvRecord> Records()
    {
        while (Next() is { } record)
        {
            yield return record;
        }
    }

    private CsvRecord? Next()
    {
        var cells = new List<string>();
        var start = _line;
        var quoted = false;
        var atCellStart = true;
        var length = 0;
        var any = false;
        _cell.Clear();
        while (reader.Read() is var read and >= 0)
        {
            var c = (char)read;
            any = true;
            if (++length > MaxRecordChars)
            {
                throw new SipriFormatException(file, start, $"a record longer than {MaxRecordChars:N0} characters: this is not a SIPRI export (binary data or a broken file)");
            }

            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    _cell.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    _line += c == '\n' ? 1 : 0;
                    _cell.Append(c);
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
                    cells.Add(_cell.ToString());
                    _cell.Clear();
                    atCellStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(_cell.ToString());
                    _line++;
                    return new CsvRecord(start, cells);
                default:
                    _cell.Append(c);
                    atCellStart = false;
                    break;
            }
        }

        if (!any || (_cell.Length == 0 && cells.Count == 0 && !quoted))
        {
            return null;
        }

        cells.Add(_cell.ToString());
        return new CsvRecord(start, cells) { Unterminated = quoted };
    }
}
