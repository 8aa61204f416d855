namespace Entente.Import.Sipri;

/// <summary>
/// A register's columns found by their header names, not their positions, so an export with its columns in another
/// order reads the same. SIPRI's classic layout names its `?` uncertainty columns " "; each is named after the column
/// it qualifies ("Year of order ?"). A required column that is missing refuses the file, by name.
/// </summary>
internal sealed class SipriColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private SipriColumns(CsvRecord header)
    {
        Width = header.Cells.Count;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Cells[i].Trim();
            if (name.Length == 0 && i > 0)
            {
                name = $"{header.Cells[i - 1].Trim()} ?";
            }

            _index.TryAdd(name, i);
        }
    }

    public int Width { get; }

    /// <summary>Maps the header; every name in <paramref name="required"/> must be there.</summary>
    public static SipriColumns Map(string file, CsvRecord header, IReadOnlyList<string> required)
    {
        var columns = new SipriColumns(header);
        var missing = required.Where(name => !columns._index.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new SipriFormatException(file, header.Line,
                $"the header has no {string.Join(", ", missing.Select(m => $"'{m}'"))} column{(missing.Count == 1 ? "" : "s")}: " +
                "export the register again with all of SIPRI's columns");
        }

        return columns;
    }

    public int this[string name] => _index[name];

    public bool Has(string name) => _index.ContainsKey(name);
}
