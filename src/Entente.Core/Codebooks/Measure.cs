namespace Entente.Codebooks;

/// <summary>What a quantity measures and which units fit it; `currency` admits any ISO 4217 code.</summary>
public sealed record Measure(string Id, string Label, IReadOnlyList<string> Units)
{
    public bool IsMoney => Units.Contains("currency");

    public bool Accepts(string unit) =>
        Units.Contains(unit) || (IsMoney && unit.Length == 3 && unit.All(char.IsAsciiLetterUpper));
}
