using Entente.Datasets;
using Entente.Import.Sipri;

namespace Entente.Import.Mme;

/// <summary>One MME row read by header name; the first problem becomes the row's reject.</summary>
internal sealed class MmeRecord(string file, CsvRecord record, IReadOnlyList<string> header)
{
    public int Line => record.Line;

    public string File => file;

    public DatasetReject? Reject { get; private set; }

    public string this[string column] => IndexOf(column) is >= 0 and var i ? record[i].Trim() : "";

    /// <summary>The participant columns StateA … StateAM, in order.</summary>
    public IEnumerable<(string Column, string Name)> Participants() => header
        .Select((h, i) => (h, i))
        .Where(c => c.h.StartsWith("State", StringComparison.Ordinal) && c.h.Length > 5 && c.h[5..].All(char.IsAsciiLetterUpper))
        .Select(c => (c.h, record[c.i].Trim()));

    /// <summary>The row under the file's headers, empty cells left out.</summary>
    public IReadOnlyDictionary<string, string> Cells()
    {
        var cells = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length > 0 && record[i].Trim() is { Length: > 0 } value)
            {
                cells[header[i]] = value;
            }
        }

        return cells;
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    public void Fail(string reason) => Reject ??= new DatasetReject(file, Line, reason);
}
