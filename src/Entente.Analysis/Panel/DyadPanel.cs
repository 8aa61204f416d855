namespace Entente.Analysis.Panel;

/// <summary>
/// The year-by-year panel of an undirected pair of states: every row the imported datasets support, plus the rows
/// curated evidence adds. <see cref="Sources"/> names each dataset and release the rows were read from; a source that
/// is absent is listed in <see cref="Absent"/> with what importing it would add.
/// </summary>
public sealed record DyadPanel
{
    public required string A { get; init; }
    public required string B { get; init; }
    public required int From { get; init; }
    public required int To { get; init; }
    public IReadOnlyList<PanelRow> Rows { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Absent { get; init; } = [];

    public string Label => $"{A}–{B}";

    public IEnumerable<int> Years => Enumerable.Range(From, To - From + 1);

    public PanelRow? Row(string id) => Rows.FirstOrDefault(r => r.Id == id);
}
