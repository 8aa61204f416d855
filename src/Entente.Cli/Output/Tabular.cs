using Entente.Import.Csv;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>Rows of text shown as a table on a terminal or written as CSV with `--csv`; JSON goes from the typed records.</summary>
public sealed class Tabular(params string[] headers)
{
    private readonly List<string?[]> _rows = [];

    public IReadOnlyList<string> Headers { get; } = headers;

    public Tabular Add(params string?[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteCsv(TextWriter writer)
    {
        writer.Write(string.Join(',', Headers.Select(EvidenceCsvWriter.Escape)) + "\r\n");
        foreach (var row in _rows)
        {
            writer.Write(string.Join(',', row.Select(EvidenceCsvWriter.Escape)) + "\r\n");
        }
    }

    public Table ToTable(string? title = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title(Display.Safe(title));
        }

        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(Display.Safe(header)));
        }

        foreach (var row in _rows)
        {
            table.AddRow([.. row.Select(cell => Cells.Text(cell))]);
        }

        return table;
    }
}
