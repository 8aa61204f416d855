using System.Globalization;
using Entente.Analysis.Comparison;
using Entente.Analysis.Ladder;
using Entente.Cli.Hosting;
using Entente.Import.Csv;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Formats ladders: a rung-by-year grid per pair, the evidence for each rung, then the pairs side by side and the index.</summary>
internal static partial class LadderOutput
{
    public static string Mark(RungState state) => state switch
    {
        RungState.Met => "■",
        RungState.NotMet => "·",
        RungState.Unknown => "?",
        _ => "–",
    };

    public static void WriteTables(CommandContext context, DyadComparison comparison, LadderCodebook codebook)
    {
        var years = Enumerable.Range(comparison.From, comparison.To - comparison.From + 1).ToList();
        foreach (var ladder in comparison.Ladders)
        {
            context.Out.Write(new Rule(Display.Safe($"{ladder.Label} alignment ladder, {ladder.From}–{ladder.To}")).LeftJustified());
            var table = new Tabular(["rung", "stage", .. years.Select(Short)]);
            foreach (var rung in ladder.Rungs)
            {
                table.Add([rung.Rung.Label + (rung.Rung.Unsettled ? " *" : ""), rung.Rung.Stage.ToString().ToLowerInvariant(), .. rung.Years.Select(y => Mark(y.State))]);
            }

            context.Out.Write(table.ToTable());
            WriteEvidence(context, ladder);
        }

        context.Out.WriteLine("■ met · not met ? unknown (no source covers the year) – a state did not exist.  * the literature is unsettled on how to measure it.");
        if (comparison.Ladders.Count > 1)
        {
            WriteSideBySide(context, comparison, years);
        }

        if (comparison.Index is { } index)
        {
            WriteIndex(context, index, years);
        }

        context.Out.WriteLine(Display.Safe($"Criteria: {codebook.Name}. Unsettled rungs:"));
        foreach (var rung in codebook.Rungs.Where(r => r.Unsettled))
        {
            context.Out.WriteLine(Display.Safe($"  {rung.Id}: {rung.Criterion} — {rung.Note}"));
        }
    }

    /// <summary>
    /// Per rung, the runs of consecutive years met by the same clause, with the items and rows behind the run (the first
    /// few on a terminal; --json and --csv list every one), so twenty years of one treaty read as one line.
    /// </summary>
    private static void WriteEvidence(CommandContext context, AlignmentLadder ladder)
    {
        const int Shown = 6;
        foreach (var rung in ladder.Rungs)
        {
            var runs = Runs([.. rung.Years.Where(y => y.State == RungState.Met)]);
            if (runs.Count == 0)
            {
                continue;
            }

            context.Out.WriteLine(Display.Safe($"  {rung.Rung.Label}:"));
            foreach (var run in runs)
            {
                var span = run[0].Year == run[^1].Year ? $"{run[0].Year}" : $"{run[0].Year}–{run[^1].Year}";
                var links = run.SelectMany(y => y.Links).Distinct().ToList();
                var more = links.Count > Shown ? $" … and {links.Count - Shown} more" : "";
                context.Out.WriteLine(Display.Safe($"    {span} by {run[0].MetBy}: {string.Join(", ", links.Take(Shown))}{more}"));
            }
        }
    }

    private static List<List<RungYear>> Runs(List<RungYear> met)
    {
        var runs = new List<List<RungYear>>();
        foreach (var year in met)
        {
            if (runs.Count > 0 && runs[^1][^1].Year == year.Year - 1 && runs[^1][^1].MetBy == year.MetBy)
            {
                runs[^1].Add(year);
            }
            else
            {
                runs.Add([year]);
            }
        }

        return runs;
    }

    private static string Short(int year) => year.ToString(CultureInfo.InvariantCulture)[2..];

    public static void WriteCsv(CommandContext context, DyadComparison comparison)
    {
        var writer = context.Out.Profile.Out.Writer;
        writer.Write("dyad,rung,stage,unsettled,year,state,met_by,links\r\n");
        foreach (var ladder in comparison.Ladders)
        {
            foreach (var rung in ladder.Rungs)
            {
                foreach (var y in rung.Years)
                {
                    object?[] cells = [ladder.Label, rung.Rung.Id, rung.Rung.Stage.ToString().ToLowerInvariant(), rung.Rung.Unsettled,
                        y.Year, y.State.ToString().ToLowerInvariant(), y.MetBy, string.Join(' ', y.Links)];
                    CsvWriter.WriteRow(writer, cells);
                }
            }
        }
    }
}
