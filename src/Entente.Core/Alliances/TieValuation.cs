namespace Entente.Alliances;

/// <summary>
/// How an ATOP alliance tie is valued for the S-score. Signorino and Ritter let the analyst choose the scale of the
/// portfolio; these are the two Entente offers, both documented in docs/datasets.md.
/// </summary>
public enum TieValuation
{
    /// <summary>3 = defence or offence, 2 = neutrality or non-aggression, 1 = consultation only, 0 = no alliance.</summary>
    Valued,

    /// <summary>1 = any ATOP alliance in force, 0 = none.</summary>
    Binary,
}

/// <summary>The value of a tie on each scale.</summary>
public static class TieValues
{
    public static int Maximum(this TieValuation valuation) => valuation == TieValuation.Binary ? 1 : 3;

    public static int Of(AtopObligations obligations, TieValuation valuation) => valuation switch
    {
        TieValuation.Binary => 1,
        _ when obligations.Defense || obligations.Offense => 3,
        _ when obligations.Neutral || obligations.NonAggression => 2,
        _ => 1,
    };
}
