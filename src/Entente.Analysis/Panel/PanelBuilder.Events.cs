using Entente.Warehouse.Queries;

namespace Entente.Analysis.Panel;

internal sealed partial class PanelBuilder
{
    /// <summary>
    /// Event data both ways from the warehouse's yearly dyad series (the same query as `entente events A B --by year`).
    /// A covered year without events for the pair is zero events; its shares and means are undefined, not zero.
    /// </summary>
    private void AddEvents()
    {
        if (_in.EventYears is not { } years)
        {
            _absent.Add("event warehouse: none opened, so event rows are missing");
            return;
        }

        if (years.Count == 0)
        {
            _absent.Add("event warehouse: holds no events (entente import gdelt|icews), so event rows are missing");
            return;
        }

        var source = $"event warehouse (GDELT/ICEWS, CAMEO), events in {years.Min()}–{years.Max()}, both directions";
        Source(source);
        var all = _in.EventsByYear.ToDictionary(p => p.Period.Year);
        var military = _in.MilitaryCooperationByYear.ToDictionary(p => p.Period.Year);
        var dyad = $"{_in.A.Id}-{_in.B.Id}";
        bool Covers(int year) => years.Contains(year);
        PanelCell Count(int year, Dictionary<int, DyadSeriesPoint> points, string link) =>
            PanelCell.Of(year, points.TryGetValue(year, out var p) ? p.Events : 0, [link]);
        PanelCell Mean(int year, Func<DyadSeriesPoint, double?> pick) =>
            all.TryGetValue(year, out var p) && pick(p) is { } value
                ? PanelCell.Of(year, Math.Round((decimal)value, 3), [$"events:{dyad}:{year}"])
                : new PanelCell { Year = year, Text = "no events" };

        Row("events.count", "events", "Events (all CAMEO codes)", "events", source, Covers, y => Count(y, all, $"events:{dyad}:{y}"));
        Row("events.military-cooperation", "events", "Military-cooperation events", "events", source, Covers,
            y => Count(y, military, $"events:{dyad}:{y}:military-cooperation"));
        Row("events.cooperation-share", "events", "Cooperation share (QuadClass 1 and 2)", "%", source, Covers,
            y => Mean(y, p => (p.VerbalCooperationShare + p.MaterialCooperationShare) * 100));
        Row("events.goldstein", "events", "Mean Goldstein score", "−10…+10", source, Covers, y => Mean(y, p => p.MeanGoldstein));
        Row("events.tone", "events", "Mean tone (GDELT AvgTone)", "tone", source, Covers, y => Mean(y, p => p.MeanTone));
    }
}
