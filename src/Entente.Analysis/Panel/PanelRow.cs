namespace Entente.Analysis.Panel;

/// <summary>
/// One indicator of a dyad over the years: what it measures (<see cref="Label"/>, <see cref="Unit"/>), which panel
/// section it belongs to, where it comes from (<see cref="Source"/>: the dataset and release, or the evidence base),
/// whether it is directed, and one cell per year.
/// </summary>
public sealed record PanelRow
{
    public required string Id { get; init; }
    public required string Section { get; init; }
    public required string Label { get; init; }
    public required string Unit { get; init; }
    public required string Source { get; init; }
    public IReadOnlyList<PanelCell> Cells { get; init; } = [];

    public PanelCell? In(int year) => Cells.FirstOrDefault(c => c.Year == year);
}
