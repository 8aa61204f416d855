namespace Entente.Reports.Lint;

/// <summary>One tradecraft rule: reads a case and reports every place that breaks it.</summary>
public interface ILintRule
{
    /// <summary>A short kebab-case name, shown with each finding and usable to filter.</summary>
    string Id { get; }

    /// <summary>What the rule asks of a product, in one line.</summary>
    string Description { get; }

    IEnumerable<LintFinding> Check(LintCase subject);
}
