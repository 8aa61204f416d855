using System.Globalization;
using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>The 2024 register: one row per deal and delivery year, read by column name; a deal-year listed twice is an error.</summary>
public sealed partial class SipriReading
{
    private IEnumerable<SipriBatch> DeliveryBatches(int size)
    {
        var c = SipriColumns.Map(File, _header, DeliveryColumns);
        string Cell(CsvRecord record, string name) => c.Has(name) ? record[c[name]] : "";

        // (deal id, year) -> the line it was first seen on: 12 bytes per distinct deal-year, however often a file repeats them.
        var seen = new Dictionary<long, int>();
        var deliveries = new List<Delivery>(size);
        var deals = new List<ArmsDeal>();
        var dealIds = new HashSet<long>();
        foreach (var record in WholeRecords(c.Width, c["Supplier"]))
        {
            var problems = new List<string>();
            var supplier = _names.Resolve(record[c["Supplier"]], record.Line);
            var recipient = _names.Resolve(record[c["Recipient"]], record.Line);
            var id = record[c["SIPRI AT Database ID"]].Trim();
            Check(id.Length is > 0 and <= 12 && id.All(char.IsAsciiDigit), () => $"SIPRI AT Database ID '{id}' is not a number", problems);
            Check(SipriCells.TryYear(record[c["Order date"]], out var orderYear), () => $"Order date '{record[c["Order date"]]}' is not a year", problems);
            Check(SipriCells.TryCount(record[c["Numbers delivered"]], out var number), () => $"Numbers delivered '{record[c["Numbers delivered"]]}' is not a whole number", problems);
            Check(SipriCells.TryYear(record[c["Delivery year"]], out var year) && year is not null, () => $"Delivery year '{record[c["Delivery year"]]}' is not a year", problems);
            Check(SipriCells.TryTiv(Cell(record, "TIV deal unit"), out var unit), () => $"TIV deal unit '{Cell(record, "TIV deal unit")}' is not a number", problems);
            Check(SipriCells.TryTiv(record[c["TIV delivery values"]], out var tiv) && tiv is not null, () => $"TIV delivery values '{record[c["TIV delivery values"]]}' is not a number", problems);
            var flags = new Dictionary<string, bool?>();
            foreach (var name in (string[])["Order date is estimate", "Numbers delivered is estimate", "Delivery year is estimate", "Local production"])
            {
                var ok = SipriCells.TryFlag(Cell(record, name), out var flag);
                flags[name] = flag;
                Check(ok, () => $"{name} '{Cell(record, name)}' is not Yes or No", problems);
            }

            if (problems.Count == 0 && seen.TryGetValue(long.Parse(id, CultureInfo.InvariantCulture) * 10_000 + year!.Value, out var first))
            {
                problems.Add($"deal {id} in {year} is listed again (first on line {first}): a duplicate record");
            }

            if (problems.Count > 0 || supplier is null || recipient is null)
            {
                problems.ForEach(p => Reject(record.Line, p));
                continue;
            }

            var dealId = long.Parse(id, CultureInfo.InvariantCulture);
            seen[dealId * 10_000 + year!.Value] = record.Line;
            SawYear(year.Value);
            var category = record[c["Armament category"]].Trim();
            deliveries.Add(new Delivery(id, supplier, recipient, year.Value, tiv!.Value)
            {
                Number = number,
                NumberEstimated = flags["Numbers delivered is estimate"] == true,
                YearEstimated = flags["Delivery year is estimate"] == true,
                Category = category,
                Line = record.Line,
            });
            if (dealIds.Add(dealId))
            {
                // The first row of a deal carries its fields; numbers, years and TIV delivered are summed from its rows when read.
                var status = record[c["Status"]].Trim();
                deals.Add(new ArmsDeal
                {
                    Key = id,
                    Supplier = supplier,
                    Recipient = recipient,
                    SupplierName = record[c["Supplier"]].Trim(),
                    RecipientName = record[c["Recipient"]].Trim(),
                    OrderYear = orderYear,
                    OrderYearEstimated = flags["Order date is estimate"] == true,
                    Designation = record[c["Designation"]].Trim(),
                    Description = record[c["Description"]].Trim(),
                    Category = category,
                    Status = flags["Local production"] == true ? $"{status}; local production" : status,
                    TivPerUnit = unit,
                    Line = record.Line,
                });
            }

            if (deliveries.Count >= size)
            {
                yield return new SipriBatch { Deals = deals, Deliveries = deliveries };
                (deals, deliveries) = ([], new List<Delivery>(size));
            }
        }

        yield return new SipriBatch { Deals = deals, Deliveries = deliveries };
    }
}
