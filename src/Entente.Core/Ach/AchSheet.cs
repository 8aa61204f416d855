namespace Entente.Ach;

/// <summary>
/// A matrix as the analyst writes it (in a bundle's `ach:` section or through `entente ach rate`): hypotheses, the rows with
/// relevance, optional credibility override and cautions, and the ratings. Grades come from the store when it is scored.
/// </summary>
public sealed record AchSheet
{
    public required string Case { get; init; }
    public string? Question { get; init; }
    public string Author { get; init; } = "analyst";
    public required IReadOnlyList<Hypothesis> Hypotheses { get; init; }
    public required IReadOnlyList<AchSheetRow> Rows { get; init; }
    public required IReadOnlyList<AchCell> Cells { get; init; }
}

/// <summary>One row as written: the item, its relevance, an analyst's credibility override with its reason, and cautions.</summary>
public sealed record AchSheetRow(string Item, AchLevel Relevance)
{
    public AchLevel? Credibility { get; init; }
    public string? CredibilityReason { get; init; }
    public AchCaution Cautions { get; init; }
}
