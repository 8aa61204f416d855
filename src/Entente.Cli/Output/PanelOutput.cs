using System.Globalization;
using Entente.Analysis.Panel;
using Entente.Cli.Hosting;
using Entente.Import.Csv;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Formats panels: one table per section (rows by years, each row marked with its numbered source), or long CSV.</summary>
internal static class PanelOutput
{
    /// <summary>How a cell reads: the value, "·" for missing (never a zero), "–" before a state existed.</summary>
    public static string Cell(PanelCell cell) => cell.State switch
    {
        CellState.NoState => "–",
        CellState.Missing => "·",
        _ when cell.Value is { } value => Number(value) + (cell.Low is { } low && cell.High is { } high ? $" [{Number(low)}–{Number(high)}]" : ""),
        _ => cell.Text ?? "",
    };

    public static string Number(decimal value) => value.ToString(value == Math.Round(value) ? "0" : "0.##", CultureInfo.InvariantCulture);

    public static void WriteTables(CommandContext context, DyadPanel panel, bool links)
    {
        var sources = panel.Rows.Select(r => r.Source).Distinct().ToList();
        context.Out.Write(new Rule(Display.Safe($"{panel.Label} panel, {panel.From}–{panel.To}")).LeftJustified());
        foreach (var section in panel.Rows.GroupBy(r => r.Section))
        {
            var table = new Tabular([section.Key, "unit", .. panel.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)), "src"]);
            foreach (var row in section)
            {
                table.Add([row.Label, row.Unit, .. row.Cells.Select(Cell), $"[{sources.IndexOf(row.Source) + 1}]"]);
            }

            context.Out.Write(table.ToTable());
            if (links)
            {
                WriteLinks(context, section);
            }
        }

        context.Out.WriteLine("'·' missing: outside the source's coverage, or not reported (never a zero); '–' a state did not exist that year.");
        for (var i = 0; i < sources.Count; i++)
        {
            context.Out.WriteLine(Display.Safe($"[{i + 1}] {sources[i]}"));
        }

        if (!links)
        {
            context.Out.WriteLine("Every cell's items and dataset rows: --links, --json or --csv.");
        }
    }

    private static void WriteLinks(CommandContext context, IEnumerable<PanelRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells.Where(c => c.Links.Count > 0))
            {
                context.Out.WriteLine(Display.Safe($"  {row.Id} {cell.Year}: {string.Join(", ", cell.Links)}"));
            }
        }
    }

    /// <summary>One line per row and year: every figure with its state, its source and the keys behind it.</summary>
    public static void WriteCsv(CommandContext context, IEnumerable<DyadPanel> panels)
    {
        var writer = context.Out.Profile.Out.Writer;
        string[] header = ["dyad", "section", "row", "label", "unit", "source", "year", "state", "value", "low", "high", "text", "links"];
        writer.Write(string.Join(',', header) + "\r\n");
        foreach (var panel in panels)
        {
            foreach (var row in panel.Rows)
            {
                foreach (var c in row.Cells)
                {
                    object?[] cells = [panel.Label, row.Section, row.Id, row.Label.Trim(), row.Unit, row.Source, c.Year,
                        c.State.ToString().ToLowerInvariant(), c.Value, c.Low, c.High, c.Text, string.Join(' ', c.Links)];
                    CsvWriter.WriteRow(writer, cells);
                }
            }
        }
    }
}
