using Entente.Analysis.Comparison;
using Entente.Analysis.Ladder;
using Entente.Analysis.Panel;

namespace Entente.Analysis;

public sealed partial class DyadAnalysis
{
    /// <summary>
    /// The pairs side by side: panel and ladder of each from one read of its inputs, and the composite index with its
    /// weights and their sensitivity when <paramref name="weights"/> is given.
    /// </summary>
    public async Task<DyadComparison> CompareAsync(IReadOnlyList<(string A, string B)> pairs, int from, int to,
        LadderCodebook? codebook = null, CompositeWeights? weights = null, CancellationToken cancellationToken = default)
    {
        codebook ??= LadderCodebook.Shipped;
        var panels = new List<DyadPanel>();
        var ladders = new List<AlignmentLadder>();
        foreach (var (a, b) in pairs)
        {
            var inputs = await InputsAsync(a, b, from, to, cancellationToken);
            panels.Add(PanelBuilder.Build(inputs, from, to));
            ladders.Add(LadderEvaluator.Evaluate(codebook, inputs, from, to));
        }

        return new DyadComparison
        {
            From = from,
            To = to,
            Panels = panels,
            Ladders = ladders,
            Index = weights is null ? null : CompositeIndex.Of(ladders, weights),
        };
    }

    /// <summary>The panel of every pair of the states (each unordered pair once), for matrices and networks.</summary>
    public async Task<IReadOnlyList<DyadPanel>> PanelsAsync(IReadOnlyList<string> states, int from, int to, CancellationToken cancellationToken = default)
    {
        var panels = new List<DyadPanel>();
        for (var i = 0; i < states.Count; i++)
        {
            for (var j = i + 1; j < states.Count; j++)
            {
                panels.Add(await PanelAsync(states[i], states[j], from, to, cancellationToken));
            }
        }

        return panels;
    }
}
