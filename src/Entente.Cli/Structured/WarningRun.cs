using Entente.Cli.Hosting;
using Entente.Storage;
using Entente.Storage.Analysis;
using Entente.Warnings;

namespace Entente.Cli.Structured;

/// <summary>One rule's run: its evaluation, its new status, and why it saw no data when it did not.</summary>
public sealed record RuleRun(WatchRule Rule, RuleEvaluation Evaluation, RuleStatus Status, string? Missing);

/// <summary>Runs rules: gathers observations, evaluates, and records each status change with its findings.</summary>
public static class WarningRun
{
    public static async Task<IReadOnlyList<RuleRun>> RunAsync(CommandContext context, IEvidenceStore store, SqliteAnalysisStore analysis, IReadOnlyList<WatchRule> rules, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        var items = await store.QueryItemsAsync(EvidenceQuery.All, cancellationToken);
        var needsSipri = rules.Any(r => r.Source == RuleSource.Sipri);
        await using var sipri = needsSipri ? await Storage.ArmsTrade.SqliteArmsTradeStore.OpenAsync(context.StorePath, cancellationToken) : null;
        var hasSipri = sipri is not null && (await sipri.FilesAsync(cancellationToken)).Count > 0;
        using var warehouse = rules.Any(r => r.Source == RuleSource.Events) ? WarningSources.OpenWarehouseIfPresent(context) : null;
        var sources = new WarningSources(items, hasSipri ? sipri : null, warehouse);
        var board = (await analysis.BoardAsync(cancellationToken)).ToDictionary(s => s.Rule, StringComparer.Ordinal);
        var runs = new List<RuleRun>();
        foreach (var rule in rules)
        {
            await analysis.SaveRuleAsync(rule, rule.File ?? "cli", cancellationToken);
            var evaluation = RuleEvaluator.Evaluate(rule, await sources.ObserveAsync(rule, cancellationToken), asOf);
            var missing = sources.Missing(rule);
            var status = RuleStatus.AfterRun(board.GetValueOrDefault(rule.Id), evaluation, DateTimeOffset.UtcNow);
            if (missing is not null && status.State == RuleState.Quiet)
            {
                status = status with { Reason = $"no data: {missing}" };
            }

            await analysis.RecordStatusAsync(status, evaluation.Findings, "entente warnings --run", cancellationToken);
            runs.Add(new RuleRun(rule, evaluation, status, missing));
        }

        return runs;
    }
}
