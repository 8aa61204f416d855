using Entente.Datasets;
using Entente.Import.Datasets;
using Entente.Import.Sipri;

namespace Entente.Import.Atop;

/// <summary>One ATOP data row read through the header's column map; the first bad cell becomes the row's reject.</summary>
internal sealed class AtopRow(string file, CsvRecord record, AtopColumns columns)
{
    public int Line => record.Line;

    public DatasetReject? Reject { get; private set; }

    /// <summary>An integer variable; null when the column is absent or the cell empty, or when the cell is not a number (then the row is rejected).</summary>
    public int? Int(string name)
    {
        if (columns.IndexOf(name) is not { } index)
        {
            return null;
        }

        if (DatasetCells.TryInt(record[index], out var value))
        {
            return value;
        }

        Fail($"{name} '{Shorten(record[index])}' is not a whole number");
        return null;
    }

    /// <summary>Every variable the row codes, by name; empty cells are absent (missing, not zero).</summary>
    public IReadOnlyDictionary<string, int> Variables()
    {
        var variables = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, index) in columns.Variables)
        {
            if (DatasetCells.TryInt(record[index], out var value) && value is { } v)
            {
                variables[name] = v;
            }
            else if (value is null && record[index].Trim().Length > 0 && Entente.Alliances.AtopCodebook.Find(name) is not null)
            {
                Fail($"{name} '{Shorten(record[index])}' is not a whole number");
            }
        }

        return variables;
    }

    public IEnumerable<int> MemberList() => columns.MemberListColumns.Select(i => Int(i)).OfType<int>();

    public void Fail(string reason) => Reject ??= new DatasetReject(file, Line, reason);

    private int? Int(int index)
    {
        if (DatasetCells.TryInt(record[index], out var value))
        {
            return value is 0 ? null : value;
        }

        Fail($"member list entry '{Shorten(record[index])}' is not a state code");
        return null;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
