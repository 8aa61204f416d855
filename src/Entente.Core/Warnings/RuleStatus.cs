namespace Entente.Warnings;

/// <summary>Where a rule stands for the analyst.</summary>
public enum RuleState
{
    Quiet,
    Triggered,
    Acknowledged,
}

/// <summary>One entry of a rule's status history: the state from then on, why, and the refs that triggered it.</summary>
public sealed record RuleStatus(string Rule, RuleState State, DateTimeOffset At, string Reason, IReadOnlyList<string> Refs)
{
    /// <summary>
    /// The state after a run: triggered when the run found refs not already acknowledged (or already triggering);
    /// an acknowledged rule stays acknowledged until something new fires; otherwise quiet.
    /// </summary>
    public static RuleStatus AfterRun(RuleStatus? previous, RuleEvaluation evaluation, DateTimeOffset at)
    {
        var refs = evaluation.Findings.SelectMany(f => f.Refs).Distinct(StringComparer.Ordinal).ToList();
        if (refs.Count == 0)
        {
            return new RuleStatus(evaluation.Rule.Id, RuleState.Quiet, at, $"no finding over {evaluation.Matches} match(es)", []);
        }

        var known = previous?.State == RuleState.Acknowledged ? previous.Refs.ToHashSet(StringComparer.Ordinal) : [];
        var fresh = refs.Where(r => !known.Contains(r)).ToList();
        return fresh.Count == 0
            ? previous! with { At = at }
            : new RuleStatus(evaluation.Rule.Id, RuleState.Triggered, at, $"{evaluation.Findings.Count} finding(s); first: {evaluation.Findings[0].Reason}", refs);
    }
}
