namespace Entente.Analysis.Ladder;

/// <summary>How a clause turns a source's matches into met or not met in a year.</summary>
public enum ConditionKind
{
    /// <summary>A matching item dated on or before the year, or a dataset row in force in it.</summary>
    InForce,

    /// <summary>At least <see cref="Clause.Count"/> matches in the <see cref="Clause.Window"/> years ending with the year.</summary>
    AtLeast,

    /// <summary>At least one match in each of the <see cref="Clause.Window"/> years ending with the year: regularity.</summary>
    Each,
}

/// <summary>One test on one source, e.g. <c>evidence[type=exercise|patrol] each 2y</c>: the source, its filters and the condition.</summary>
public sealed record Clause
{
    public required string Source { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public required ConditionKind Condition { get; init; }
    public int Count { get; init; } = 1;
    public int Window { get; init; } = 1;
    public required string Text { get; init; }

    public IReadOnlyList<string> Filter(string key) => Filters.GetValueOrDefault(key) ?? [];
}
