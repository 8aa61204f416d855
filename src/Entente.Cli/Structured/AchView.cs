using System.Globalization;
using Entente.Ach;
using Entente.Cli.Hosting;
using Spectre.Console;

namespace Entente.Cli.Structured;

/// <summary>Formats a scored ACH matrix for the terminal: ranking, matrix with diagnosticity, sensitivity and history. It computes nothing.</summary>
public static class AchView
{
    private static readonly string[] RowHeaders = ["Item", "Grade", "Credibility", "Relevance", "Cautions"];

    public static void Write(CommandContext context, AchMatrix matrix, AchResult result, IReadOnlyList<AchHistoryStep>? steps)
    {
        var ranking = new Tabular("Rank", "Hypothesis", "Title", "Weighted inconsistency", "Normalised", "Rated items");
        foreach (var s in result.Scores)
        {
            ranking.Add(s.Rank.ToString(CultureInfo.InvariantCulture), s.Hypothesis, s.Title, N(s.Inconsistency), N(s.Normalised), s.Rated.ToString(CultureInfo.InvariantCulture));
        }

        context.Out.Write(ranking.ToTable($"{matrix.Case}: {matrix.Question ?? "competing hypotheses"} (lowest inconsistency leads)"));
        var diagnosticity = result.Diagnosticity.ToDictionary(d => d.Item, StringComparer.Ordinal);
        var cells = matrix.Cells.ToDictionary(c => (c.Item, c.Hypothesis));
        var grid = new Tabular([.. RowHeaders, .. result.Scores.Select(s => s.Hypothesis), "Diagnosticity"]);
        foreach (var row in matrix.Rows.Where(r => diagnosticity.ContainsKey(r.Item)))
        {
            var d = diagnosticity[row.Item];
            grid.Add([row.Item, row.Grade?.Code ?? "ungraded", $"{row.Credibility.Level} ({row.Credibility.Basis})", row.Relevance.ToString(), row.Cautions == AchCaution.None ? "" : row.Cautions.ToString(),
                .. result.Scores.Select(s => cells.TryGetValue((row.Item, s.Hypothesis), out var c) ? c.Rating.ToString() : "NA"),
                d.IsDiagnostic ? d.Spread.ToString(CultureInfo.InvariantCulture) : "0 (non-diagnostic)"]);
        }

        context.Out.Write(grid.ToTable("Matrix (ratings CC C N I II NA; diagnosticity = spread of a row's ratings, 0–4)"));
        if (result.ExcludedRows > 0)
        {
            context.Note($"{result.ExcludedRows} of {matrix.Rows.Count} rows left out ({result.Filter}).");
        }

        if (result.Sensitivity is { } sensitivity)
        {
            WriteSensitivity(context, sensitivity);
        }

        if (steps is not null)
        {
            WriteHistory(context, steps);
        }
    }

    private static void WriteSensitivity(CommandContext context, AchSensitivity s)
    {
        context.Out.WriteLine($"Leader {s.Leader}, runner-up {s.RunnerUp}, margin {N(s.Margin)}.");
        var flips = new Tabular("Item", "Change", "New leader");
        foreach (var f in s.Removals)
        {
            flips.Add(f.Item, "removed", f.NewLeader);
        }

        foreach (var f in s.Rerates)
        {
            flips.Add(f.Item, $"{f.Hypothesis}: {f.From} → {f.To}", f.NewLeader);
        }

        context.Out.Write(flips.ToTable(s.Removals.Count + s.Rerates.Count == 0 ? "Sensitivity: no single removal or re-rating changes the leader" : "Sensitivity: single changes that would change the leader"));
    }

    private static void WriteHistory(CommandContext context, IReadOnlyList<AchHistoryStep> steps)
    {
        var table = new Tabular("Revision", "At", "Author", "Origin", "Cells changed", "Leader before", "Leader after", "Decisive changes");
        foreach (var step in steps)
        {
            var decisive = step.Changes.Where(c => c.Decisive).Select(c => $"{c.Item} on {c.Hypothesis}: {c.From?.ToString() ?? "unrated"} → {c.To} ({c.Why})");
            table.Add(step.Revision.Id.ToString(CultureInfo.InvariantCulture), step.Revision.At.ToString("u", CultureInfo.InvariantCulture), step.Revision.Author, step.Revision.Origin,
                step.Changes.Count.ToString(CultureInfo.InvariantCulture), step.LeaderBefore ?? "—", step.LeaderAfter ?? "—", string.Join("; ", decisive));
        }

        context.Out.Write(table.ToTable("History: how the conclusion came to be"));
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
