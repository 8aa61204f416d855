namespace Entente.ArmsTrade;

/// <summary>TIV of one armament category delivered over a period, and its share (per cent, 4 decimals) of the dyad's total.</summary>
public sealed record CategoryShare(string Category, decimal Tiv, decimal? Share);
