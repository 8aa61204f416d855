namespace Entente.ArmsTrade;

/// <summary>
/// The deals behind a dyad's figure in one release: what `deals` prints and `--json` gives. With a year, <see cref="Tiv"/>
/// is the dyad's TIV delivered in that year, the same figure `trade` shows for it.
/// </summary>
public sealed record DealReport(string Release, DealQuery Query, IReadOnlyList<DealFigure> Deals)
{
    /// <summary>The listed deals' TIV summed; null when no listed deal has a TIV (the classic register has none per year).</summary>
    public decimal? Tiv => Deals.All(d => d.Tiv is null) ? null : Deals.Sum(d => d.Tiv ?? 0);
}
