using Entente.Analysis.Datasets;

namespace Entente.Analysis.Panel;

/// <summary>
/// Builds a dyad's panel from its inputs, one section per concern (Trade, Evidence, Events, Datasets partials).
/// Every row has a cell for every year: <see cref="CellState.NoState"/> before a state existed, <see cref="CellState.Missing"/>
/// outside its source's coverage, otherwise the value with the keys behind it.
/// </summary>
internal sealed partial class PanelBuilder
{
    /// <summary>The panel's sections in the order an analyst reads a dyad (the flagship paper's order).</summary>
    public static readonly string[] Sections = ["arms-transfers", "exercises", "agreements", "programmes", "exchanges", "friction", "events", "similarity"];

    private readonly DyadInputs _in;
    private readonly int _from;
    private readonly int _to;
    private readonly List<PanelRow> _rows = [];
    private readonly List<string> _sources = [];
    private readonly List<string> _absent = [];

    private PanelBuilder(DyadInputs inputs, int from, int to)
    {
        _in = inputs;
        _from = from;
        _to = to;
    }

    public static DyadPanel Build(DyadInputs inputs, int from, int to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to}) before it starts ({from}).", nameof(to));
        }

        var builder = new PanelBuilder(inputs, from, to);
        builder.AddCuratedSource();
        builder.AddTrade();
        builder.AddExercises();
        builder.AddAgreements();
        builder.AddProgrammes();
        builder.AddExchanges();
        builder.AddFriction();
        builder.AddEvents();
        builder.AddSimilarity();
        return new DyadPanel
        {
            A = inputs.A.Id,
            B = inputs.B.Id,
            From = from,
            To = to,
            Rows = [.. builder._rows.OrderBy(r => Array.IndexOf(Sections, r.Section))],
            Sources = builder._sources,
            Absent = builder._absent,
        };
    }

    /// <summary>Adds a row; <paramref name="cell"/> answers a year both states existed in and the source covers.</summary>
    private void Row(string id, string section, string label, string unit, string source, YearRange? coverage, Func<int, PanelCell> cell) =>
        Row(id, section, label, unit, source, year => coverage?.Contains(year) == true, cell);

    private void Row(string id, string section, string label, string unit, string source, Func<int, bool> covers, Func<int, PanelCell> cell)
    {
        var cells = new List<PanelCell>(_to - _from + 1);
        for (var year = _from; year <= _to; year++)
        {
            cells.Add(!_in.BothExist(year) ? PanelCell.NoState(year)
                : covers(year) ? cell(year)
                : PanelCell.Missing(year));
        }

        _rows.Add(new PanelRow { Id = id, Section = section, Label = label, Unit = unit, Source = source, Cells = cells });
    }

    private void Source(string description)
    {
        if (!_sources.Contains(description))
        {
            _sources.Add(description);
        }
    }
}
