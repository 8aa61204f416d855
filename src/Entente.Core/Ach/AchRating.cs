namespace Entente.Ach;

/// <summary>How one evidence item bears on one hypothesis (Heuer; PARC ACH 2): very consistent to very inconsistent, or not applicable.</summary>
public enum AchRating
{
    CC,
    C,
    N,
    I,
    II,
    NA,
}

/// <summary>The numbers behind the ratings, in one place.</summary>
public static class AchRatings
{
    public static readonly IReadOnlyList<AchRating> Scored = [AchRating.CC, AchRating.C, AchRating.N, AchRating.I, AchRating.II];

    /// <summary>PARC counts only inconsistency: I = 1, II = 2; consistency does not prove a hypothesis, so it earns nothing.</summary>
    public static int Inconsistency(AchRating rating) => rating switch
    {
        AchRating.I => 1,
        AchRating.II => 2,
        _ => 0,
    };

    /// <summary>A signed position on the consistency scale (CC +2 … II −2), used to measure how far a row's ratings spread; NA has none.</summary>
    public static int? Position(AchRating rating) => rating switch
    {
        AchRating.CC => 2,
        AchRating.C => 1,
        AchRating.N => 0,
        AchRating.I => -1,
        AchRating.II => -2,
        _ => null,
    };

    public static bool TryParse(string? text, out AchRating rating) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out rating) && Enum.IsDefined(rating) && !int.TryParse(text, out _);
}
