using Entente.Analysis.Datasets;
using Entente.ArmsTrade;

namespace Entente.Analysis.Panel;

internal sealed partial class PanelBuilder
{
    /// <summary>Arms transfers both ways from the SIPRI matrix (TIV, shares, rank as Core computes them) and third countries both supplied.</summary>
    private void AddTrade()
    {
        if (_in.Trade is not { } matrix)
        {
            _absent.Add("SIPRI: no trade register in the 2024 layout is imported (entente import sipri), so arms-transfer rows are missing");
            return;
        }

        var source = $"SIPRI Arms Transfers Database, release {matrix.Release.Id} ({matrix.Release.File})";
        Source(source);
        var coverage = new YearRange(matrix.Release.FirstYear, matrix.Release.LastYear);
        Direction(matrix, _in.A.Id, _in.B.Id, _in.DealsAToB, source, coverage);
        Direction(matrix, _in.B.Id, _in.A.Id, _in.DealsBToA, source, coverage);
        Row("trade.third-countries", "friction", $"Third countries supplied by both {_in.A.Id} and {_in.B.Id}", "states", source, coverage, year =>
        {
            var both = _in.RecipientsOfA.Intersect(_in.RecipientsOfB)
                .Where(r => r != _in.A.Id && r != _in.B.Id && matrix.Tiv(_in.A.Id, r, year) > 0 && matrix.Tiv(_in.B.Id, r, year) > 0)
                .Order(StringComparer.Ordinal).ToList();
            return PanelCell.Of(year, both.Count, [.. both.Select(r => $"sipri:{matrix.Release.Id}:{_in.A.Id}+{_in.B.Id}>{r}:{year}")], string.Join(", ", both));
        });
    }

    private void Direction(TradeMatrix matrix, string s, string r, IReadOnlyList<ArmsDeal> deals, string source, YearRange coverage)
    {
        var prefix = $"trade.{s}>{r}";
        IReadOnlyList<string> Links(int year) =>
            [.. deals.Where(d => d.DeliveryYears.Contains(year)).Select(d => $"sipri:{matrix.Release.Id}:{d.Key}")];
        PanelCell Cell(int year, Func<DyadYear, decimal?> pick)
        {
            if (matrix.Indicators(s, r, year) is not { } row)
            {
                return PanelCell.Missing(year);
            }

            // A rank or share without deliveries is not zero: the supplier is simply not among the recipient's suppliers.
            return pick(row) is { } value ? PanelCell.Of(year, value, Links(year)) : new PanelCell { Year = year, Text = "none", Links = Links(year) };
        }

        Row($"{prefix}.tiv", "arms-transfers", $"Arms transfers {s} → {r}", "TIV (millions)", source, coverage, y => Cell(y, d => d.Tiv));
        Row($"{prefix}.share-of-exports", "arms-transfers", $"Share of {s}'s arms exports going to {r}", "%", source, coverage, y => Cell(y, d => d.ShareOfSupplierExports));
        Row($"{prefix}.share-of-imports", "arms-transfers", $"Share of {r}'s arms imports coming from {s}", "%", source, coverage, y => Cell(y, d => d.ShareOfRecipientImports));
        Row($"{prefix}.rank", "arms-transfers", $"{s}'s rank among {r}'s suppliers", "rank", source, coverage, y => Cell(y, d => d.SupplierRank));
    }
}
