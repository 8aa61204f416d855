namespace Entente.Analysis.Ladder;

/// <summary>
/// One rung of the alignment ladder as the codebook states it: its stage, the criterion that meets it, the literature
/// it rests on, whether that literature is settled on how to measure it, and the codebook line it was read from.
/// </summary>
public sealed record Rung
{
    public required string Id { get; init; }
    public required Stage Stage { get; init; }
    public required string Label { get; init; }
    public required Criterion Criterion { get; init; }
    public required string Basis { get; init; }
    public bool Unsettled { get; init; }
    public string? Note { get; init; }
    public int Line { get; init; }
}
