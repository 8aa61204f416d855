namespace Entente.Alliances;

/// <summary>
/// States' alliance portfolios per year from ATOP memberships, and their similarity, the S-score of Signorino and
/// Ritter (1999): S = 1 − 2·Σₖ|xₐₖ − x_bₖ| / (N·Δ), unweighted, over the N states of the system in that year, where
/// xₐₖ is the value of a's tie to k (see <see cref="TieValuation"/>), Δ the largest possible difference, and each
/// state is tied to itself at the top of the scale. S runs from −1 (opposite portfolios) to 1 (identical).
/// Immutable after construction; portfolios of a year are built on first use.
/// </summary>
public sealed class AlliancePortfolios
{
    private readonly IReadOnlyList<AtopMembership> _memberships;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Year, TieValuation Valuation), IReadOnlyDictionary<int, Dictionary<int, int>>> _years = new();

    public AlliancePortfolios(IEnumerable<AtopMembership> memberships) => _memberships = [.. memberships];

    /// <summary>The value of the tie between two states in a year: the strongest obligation either undertakes in an alliance they share.</summary>
    public int Tie(int a, int b, int year, TieValuation valuation = TieValuation.Valued)
    {
        if (a == b)
        {
            return valuation.Maximum();
        }

        return Ties(year, valuation).TryGetValue(a, out var ties) && ties.TryGetValue(b, out var value) ? value : 0;
    }

    /// <summary>
    /// The S-score of two states in a year over the given system (COW codes of the states in the international system
    /// that year). Null when either state is not in the system: the score is then missing, not zero.
    /// </summary>
    public double? SScore(int a, int b, int year, IReadOnlyCollection<int> system, TieValuation valuation = TieValuation.Valued)
    {
        if (!system.Contains(a) || !system.Contains(b))
        {
            return null;
        }

        var distance = system.Sum(k => Math.Abs(Tie(a, k, year, valuation) - Tie(b, k, year, valuation)));
        return 1.0 - (2.0 * distance / (system.Count * valuation.Maximum()));
    }

    private IReadOnlyDictionary<int, Dictionary<int, int>> Ties(int year, TieValuation valuation) =>
        _years.GetOrAdd((year, valuation), key =>
        {
            var ties = new Dictionary<int, Dictionary<int, int>>();
            foreach (var alliance in _memberships.Where(m => m.ActiveIn(key.Year)).GroupBy(m => m.AtopId))
            {
                var members = alliance.ToList();
                foreach (var x in members)
                {
                    foreach (var y in members.Where(y => y.MemberCode != x.MemberCode))
                    {
                        var value = Math.Max(TieValues.Of(x.Obligations, key.Valuation), TieValues.Of(y.Obligations, key.Valuation));
                        var row = ties.TryGetValue(x.MemberCode, out var r) ? r : ties[x.MemberCode] = [];
                        row[y.MemberCode] = Math.Max(row.GetValueOrDefault(y.MemberCode), value);
                    }
                }
            }

            return ties;
        });
}
