using System.Globalization;
using Entente.Cli.Hosting;
using Entente.Warnings;

namespace Entente.Cli.Structured;

/// <summary>Formats the rule board and a run's findings; the judging is done by <see cref="RuleEvaluator"/>.</summary>
public static class WarningView
{
    public static void WriteBoard(CommandContext context, IReadOnlyList<WatchRule> rules, IReadOnlyList<RuleStatus> board)
    {
        var statuses = board.ToDictionary(s => s.Rule, StringComparer.Ordinal);
        var rows = rules.Select(r => (Rule: r, Status: statuses.GetValueOrDefault(r.Id))).OrderBy(r => r.Status?.State switch { RuleState.Triggered => 0, RuleState.Acknowledged => 1, RuleState.Quiet => 2, _ => 3 })
            .ThenBy(r => r.Rule.Id, StringComparer.Ordinal).ToList();
        if (context.Json)
        {
            context.WriteJson(rows.Select(r => new { rule = r.Rule, status = r.Status }));
            return;
        }

        var table = new Tabular("Status", "Rule", "Title", "Kind", "Source", "Since", "Why", "Items / rows");
        foreach (var (rule, status) in rows)
        {
            table.Add(status?.State.ToString().ToLowerInvariant() ?? "not run", rule.Id, rule.Title, Kind(rule.Kind), rule.Source.ToString().ToLowerInvariant(),
                status?.At.ToString("u", CultureInfo.InvariantCulture), status?.Reason, status is null ? "" : string.Join(" ", status.Refs));
        }

        context.Out.Write(table.ToTable("Watch rules by status"));
        if (board.Count == 0)
        {
            context.Note("No rule has run yet: 'entente warnings --run' evaluates them.");
        }
    }

    public static void WriteRun(CommandContext context, IReadOnlyList<RuleRun> runs)
    {
        if (context.Json)
        {
            context.WriteJson(runs.Select(r => new { rule = r.Rule.Id, r.Rule.Title, status = r.Status, matches = r.Evaluation.Matches, findings = r.Evaluation.Findings, no_data = r.Missing }));
            return;
        }

        var table = new Tabular("Rule", "Status", "Matches", "Findings", "When", "Why", "Measured", "Items / rows");
        foreach (var run in runs)
        {
            var findings = run.Evaluation.Findings;
            if (findings.Count == 0)
            {
                table.Add(run.Rule.Id, run.Status.State.ToString().ToLowerInvariant(), Count(run.Evaluation.Matches), "0", "", run.Missing is null ? run.Status.Reason : $"no data: {run.Missing}", "", "");
                continue;
            }

            foreach (var (f, i) in findings.Select((f, i) => (f, i)))
            {
                table.Add(i == 0 ? run.Rule.Id : "", i == 0 ? run.Status.State.ToString().ToLowerInvariant() : "", i == 0 ? Count(run.Evaluation.Matches) : "", i == 0 ? Count(findings.Count) : "",
                    f.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Reason, Measured(f), string.Join(" ", f.Refs));
            }
        }

        context.Out.Write(table.ToTable("Watch rules run"));
        context.Note($"{runs.Count(r => r.Status.State == RuleState.Triggered)} of {runs.Count} rules triggered.");
    }

    private static string Measured(RuleFinding f) => (f.Current, f.Reference) switch
    {
        ({ } c, { } r) => $"{c.ToString("0.##", CultureInfo.InvariantCulture)} vs {r.ToString("0.##", CultureInfo.InvariantCulture)}",
        ({ } c, null) => c.ToString("0.##", CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Kind(RuleKind kind) => kind == RuleKind.NewTerm ? "new-term" : kind.ToString().ToLowerInvariant();
}
