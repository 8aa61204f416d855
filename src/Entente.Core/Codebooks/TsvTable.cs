using System.Reflection;

namespace Entente.Codebooks;

/// <summary>
/// A codebook table as shipped: tab-separated, a header row, `#` comment lines.
/// Codebooks are data the project maintains, so a malformed row is a build defect and throws with its line.
/// </summary>
public sealed class TsvTable
{
    private TsvTable(string name, IReadOnlyList<string> header, IReadOnlyList<TsvRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<TsvRow> Rows { get; }

    public static TsvTable LoadEmbedded(string fileName)
    {
        var resource = $"Entente.Codebooks.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Codebook {fileName} is not embedded in Entente.Core.");
        using var reader = new StreamReader(stream);
        return Parse(fileName, reader.ReadToEnd());
    }

    public static TsvTable Parse(string name, string text)
    {
        string[]? header = null;
        var rows = new List<TsvRow>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new FormatException($"{name}:{i + 1}: {cells.Length} cells, header has {header.Length}");
            }

            rows.Add(new TsvRow(name, i + 1, header, cells));
        }

        return new TsvTable(name, header ?? throw new FormatException($"{name}: no header row"), rows);
    }
}

/// <summary>One codebook row; missing trailing cells read as empty.</summary>
public sealed class TsvRow(string table, int line, IReadOnlyList<string> header, IReadOnlyList<string> cells)
{
    public int Line { get; } = line;

    public IReadOnlyList<string> Header => header;

    public string this[string column]
    {
        get
        {
            var index = IndexOf(column);
            return index < cells.Count ? cells[index].Trim() : "";
        }
    }

    public string? Optional(string column) => this[column] is { Length: > 0 } value ? value : null;

    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public FormatException Error(string message) => new($"{table}:{Line}: {message}");

    private int IndexOf(string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == column)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"{table} has no column '{column}'.");
    }
}
