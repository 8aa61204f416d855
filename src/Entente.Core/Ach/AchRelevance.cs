namespace Entente.Ach;

/// <summary>How much an item matters to the question, and the credibility level derived from its grades: both weigh 1/√2, 1 or √2 (PARC ACH 2).</summary>
public enum AchLevel
{
    Low,
    Medium,
    High,
}

/// <summary>The PARC weights of the three levels.</summary>
public static class AchLevels
{
    public static double Weight(AchLevel level) => level switch
    {
        AchLevel.Low => 1 / Math.Sqrt(2),
        AchLevel.High => Math.Sqrt(2),
        _ => 1.0,
    };

    public static bool TryParse(string? text, out AchLevel level) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out level) && Enum.IsDefined(level) && !int.TryParse(text, out _);
}
