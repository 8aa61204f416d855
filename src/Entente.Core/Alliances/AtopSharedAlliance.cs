namespace Entente.Alliances;

/// <summary>An ATOP alliance two states both belonged to, with each one's membership (its dates and obligations).</summary>
public sealed record AtopSharedAlliance(AtopAlliance? Alliance, AtopMembership A, AtopMembership B)
{
    public int AtopId => A.AtopId;

    /// <summary>The first year both were members.</summary>
    public int FromYear => Math.Max(A.Entered.Year, B.Entered.Year);

    /// <summary>The last year both were members; null while both memberships were in effect at the end of the data.</summary>
    public int? ToYear => (A.Exited, B.Exited) switch
    {
        (null, null) => null,
        (null, { } b) => b.Year,
        ({ } a, null) => a.Year,
        ({ } a, { } b) => Math.Min(a.Year, b.Year),
    };

    public bool ActiveIn(int year) => A.ActiveIn(year) && B.ActiveIn(year);

    /// <summary>
    /// The alliances two states shared: every pair of their membership rows in the same alliance and phase whose
    /// periods overlap, oldest first.
    /// </summary>
    public static IReadOnlyList<AtopSharedAlliance> Between(
        IEnumerable<AtopMembership> memberships, IReadOnlyDictionary<int, AtopAlliance> alliances, int a, int b)
    {
        var shared = new List<AtopSharedAlliance>();
        foreach (var alliance in memberships.Where(m => m.MemberCode == a || m.MemberCode == b).GroupBy(m => m.AtopId))
        {
            foreach (var x in alliance.Where(m => m.MemberCode == a))
            {
                // Rows of different phases of one alliance describe different periods: pair phase with phase.
                foreach (var y in alliance.Where(m => m.MemberCode == b && (m.Phase is null || x.Phase is null || m.Phase == x.Phase)))
                {
                    var pair = new AtopSharedAlliance(alliances.GetValueOrDefault(alliance.Key), x, y);
                    if (pair.ToYear is null || pair.ToYear >= pair.FromYear)
                    {
                        shared.Add(pair);
                    }
                }
            }
        }

        return [.. shared.OrderBy(s => s.FromYear).ThenBy(s => s.AtopId)];
    }
}
