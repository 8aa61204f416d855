namespace Entente.Alliances;

/// <summary>
/// The five obligations ATOP codes for every alliance member (Leeds et al., ATOP codebook): to defend a partner
/// that is attacked, to join an offensive, to stay neutral, not to attack, to consult in a crisis.
/// </summary>
public enum AtopObligation
{
    Defense,
    Offense,
    Neutral,
    NonAggression,
    Consultation,
}

/// <summary>ATOP's variable names and analysts' labels for the obligations.</summary>
public static class AtopObligationNames
{
    public static IReadOnlyList<AtopObligation> All { get; } = Enum.GetValues<AtopObligation>();

    /// <summary>The ATOP column: defense, offense, neutral, nonagg, consul.</summary>
    public static string Variable(this AtopObligation obligation) => obligation switch
    {
        AtopObligation.Defense => "defense",
        AtopObligation.Offense => "offense",
        AtopObligation.Neutral => "neutral",
        AtopObligation.NonAggression => "nonagg",
        _ => "consul",
    };

    public static string Label(this AtopObligation obligation) => obligation switch
    {
        AtopObligation.Defense => "defence",
        AtopObligation.Offense => "offence",
        AtopObligation.Neutral => "neutrality",
        AtopObligation.NonAggression => "non-aggression",
        _ => "consultation",
    };

    public static AtopObligation? FromVariable(string variable) =>
        All.Select(o => (AtopObligation?)o).FirstOrDefault(o => string.Equals(o!.Value.Variable(), variable, StringComparison.OrdinalIgnoreCase));
}
