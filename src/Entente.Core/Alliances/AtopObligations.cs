namespace Entente.Alliances;

/// <summary>Which of ATOP's five obligations an alliance (or one member's commitment in it) carries.</summary>
public readonly record struct AtopObligations(bool Defense, bool Offense, bool Neutral, bool NonAggression, bool Consultation)
{
    public bool this[AtopObligation obligation] => obligation switch
    {
        AtopObligation.Defense => Defense,
        AtopObligation.Offense => Offense,
        AtopObligation.Neutral => Neutral,
        AtopObligation.NonAggression => NonAggression,
        _ => Consultation,
    };

    public bool Any => Defense || Offense || Neutral || NonAggression || Consultation;

    /// <summary>The obligations held, in ATOP's order.</summary>
    public IReadOnlyList<AtopObligation> Held
    {
        get
        {
            var self = this;
            return [.. AtopObligationNames.All.Where(o => self[o])];
        }
    }

    public static AtopObligations From(Func<string, int?> variable) => new(
        variable("defense") is > 0, variable("offense") is > 0, variable("neutral") is > 0,
        variable("nonagg") is > 0, variable("consul") is > 0);

    public override string ToString() => Held.Count == 0 ? "none" : string.Join(", ", Held.Select(o => o.Label()));
}
