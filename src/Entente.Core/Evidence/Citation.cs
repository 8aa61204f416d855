namespace Entente.Evidence;

/// <summary>An item's reference to a source, with a locator and, where it differs from the source's own, the credibility of this piece of information.</summary>
public sealed record Citation(string Source)
{
    public string? Page { get; init; }
    public int? Footnote { get; init; }
    public int? Credibility { get; init; }
}
