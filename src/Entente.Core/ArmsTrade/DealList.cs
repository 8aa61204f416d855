namespace Entente.ArmsTrade;

/// <summary>
/// The deals behind a dyad's figure. With a year, a deal's TIV is the sum of its delivery rows in that year, the very
/// rows <see cref="TradeMatrix"/> sums, so the listed TIV adds up to the dyad's figure for the year.
/// </summary>
public static class DealList
{
    public static IReadOnlyList<DealFigure> Select(DealQuery query, IEnumerable<ArmsDeal> deals, IEnumerable<Delivery> deliveries)
    {
        var byDeal = deliveries.Where(d => d.Supplier == query.Supplier && d.Recipient == query.Recipient).ToLookup(d => d.DealKey, StringComparer.Ordinal);
        var figures = new List<DealFigure>();
        foreach (var deal in deals.Where(d => d.Supplier == query.Supplier && d.Recipient == query.Recipient && Matches(d, query.Text)))
        {
            var rows = byDeal[deal.Key].ToList();
            var summed = DealDeliveries.Summed(deal, rows);
            if (query.Year is not { } year)
            {
                figures.Add(new DealFigure(summed, summed.TivDelivered, summed.NumberDelivered));
                continue;
            }

            var inYear = rows.Where(r => r.Year == year).ToList();
            if (inYear.Count > 0)
            {
                figures.Add(new DealFigure(summed, inYear.Sum(r => r.Tiv), inYear.All(r => r.Number is null) ? null : inYear.Sum(r => r.Number ?? 0)));
            }
            else if (rows.Count == 0 && summed.DeliveryYears.Contains(year))
            {
                figures.Add(new DealFigure(summed, null, null));
            }
        }

        return [.. figures.OrderByDescending(f => f.Tiv ?? -1).ThenBy(f => f.Deal.OrderYear).ThenBy(f => f.Deal.Key, StringComparer.Ordinal)];
    }

    private static bool Matches(ArmsDeal deal, string? text) => string.IsNullOrWhiteSpace(text)
        || new[] { deal.Designation, deal.Description, deal.Category, deal.Status, deal.Comments }
            .Any(field => field?.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) ?? false);
}
