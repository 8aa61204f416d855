using Entente.Analysis.Ladder;
using Entente.Analysis.Panel;

namespace Entente.Analysis.Comparison;

/// <summary>
/// Pairs side by side over the same years: the pair asked about first, then the reference pairs, each with its panel
/// and ladder under the same codebook; the composite index when asked for.
/// </summary>
public sealed record DyadComparison
{
    public required int From { get; init; }
    public required int To { get; init; }
    public IReadOnlyList<DyadPanel> Panels { get; init; } = [];
    public IReadOnlyList<AlignmentLadder> Ladders { get; init; } = [];
    public CompositeIndex? Index { get; init; }
}
