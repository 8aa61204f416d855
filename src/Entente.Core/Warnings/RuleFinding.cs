namespace Entente.Warnings;

/// <summary>One occasion a rule fired: when, why in words, the measured change, and the items or rows behind it.</summary>
public sealed record RuleFinding(DateOnly On, string Reason, IReadOnlyList<string> Refs)
{
    public double? Current { get; init; }
    public double? Reference { get; init; }
}

/// <summary>A rule's evaluation: every finding, and the matches it looked at.</summary>
public sealed record RuleEvaluation(WatchRule Rule, int Matches, IReadOnlyList<RuleFinding> Findings)
{
    public bool Fired => Findings.Count > 0;
}
