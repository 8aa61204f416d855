namespace Entente.ArmsTrade;

/// <summary>
/// The indicators of one directed dyad in one year of one release. TIV in millions; shares in per cent;
/// rank 1 is the recipient's largest supplier; HHI on the 0–10 000 scale. Null where the release does not cover the years.
/// </summary>
public sealed record DyadYear(
    string Release,
    string Supplier,
    string Recipient,
    int Year,
    decimal Tiv,
    decimal? ShareOfSupplierExports,
    decimal? ShareOfRecipientImports,
    int? SupplierRank,
    decimal? RecipientHhi,
    decimal? FiveYearTiv)
{
    /// <summary>The deals delivering in the year (SIPRI AT Database IDs): `entente deals` lists them.</summary>
    public IReadOnlyList<string> Deals { get; init; } = [];
}
