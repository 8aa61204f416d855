namespace Entente.Codebooks;

/// <summary>A metric a claim can assert, the actor roles it needs, and the units its value may take.</summary>
public sealed record ClaimMetric(string Id, string Label, IReadOnlyList<string> Roles, IReadOnlyList<string> Units, string Description)
{
    public bool Accepts(string unit) =>
        Units.Contains(unit) || (Units.Contains("currency") && unit.Length == 3 && unit.All(char.IsAsciiLetterUpper));
}
