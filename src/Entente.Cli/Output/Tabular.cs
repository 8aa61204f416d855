using System.Globalization;
using Entente.Import.Csv;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// Rows shown as a table on a terminal or written as CSV with `--csv`. Number cells stay numbers: the CSV gets them
/// exactly as computed (the same figures as `--json`), the table rounds them once for display with its column's format.
/// </summary>
public sealed class Tabular(params TabularColumn[] columns)
{
    private readonly List<object?[]> _rows = [];

    public IReadOnlyList<TabularColumn> Columns { get; } = columns;

    public int Count => _rows.Count;

    /// <summary>A row: text (string), numbers (decimal, int, ...) or null for an empty cell.</summary>
    public Tabular Add(params object?[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteCsv(TextWriter writer)
    {
        var kept = Enumerable.Range(0, Columns.Count).Where(i => !Columns[i].TableOnly).ToList();
        CsvWriter.Write(writer, [.. kept.Select(i => Columns[i].Name)], _rows.Select(row => (IReadOnlyList<object?>)[.. kept.Select(i => i < row.Length ? row[i] : null)]));
    }

    public Table ToTable(string? title = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title(Display.Safe(title));
        }

        foreach (var column in Columns)
        {
            table.AddColumn(new TableColumn(Display.Safe(column.Name)) { Alignment = column.Format is null ? Justify.Left : Justify.Right });
        }

        foreach (var row in _rows)
        {
            table.AddRow([.. row.Select((cell, i) => Cells.Text(Show(cell, i < Columns.Count ? Columns[i].Format : null)))]);
        }

        return table;
    }

    private static string? Show(object? cell, string? format) => cell switch
    {
        null => null,
        decimal d => d.ToString(format ?? "0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
