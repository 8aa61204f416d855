namespace Entente.Actors;

/// <summary>The coding schemes analysts meet in datasets; each a column of the actor codebook.</summary>
public enum CodeScheme
{
    Iso3,
    Iso2,
    IsoNumeric,
    CowNumber,
    CowAbbreviation,
    GleditschWard,
    Cameo,
    Fips,
    Sipri,
}
