namespace Entente.Analysis.Panel;

/// <summary>
/// One year of one panel row: a number (with its interval where the source gives one), or a text, or nothing and why,
/// and the keys of the evidence items (<c>item:ID</c>) or dataset rows (<c>sipri:…</c>, <c>atop:…</c>, <c>mme:…</c>, <c>events:…</c>) behind it.
/// </summary>
public sealed record PanelCell
{
    public required int Year { get; init; }
    public CellState State { get; init; } = CellState.Value;
    public decimal? Value { get; init; }
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];

    public static PanelCell Missing(int year) => new() { Year = year, State = CellState.Missing };

    public static PanelCell NoState(int year) => new() { Year = year, State = CellState.NoState };

    public static PanelCell Of(int year, decimal value, IReadOnlyList<string>? links = null, string? text = null) =>
        new() { Year = year, Value = value, Links = links ?? [], Text = text };
}
