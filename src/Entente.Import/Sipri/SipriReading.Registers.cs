using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>The two trade-register layouts, read by column name: classic (one row per deal) and 2024 (one row per deal and delivery year).</summary>
public sealed partial class SipriReading
{
    private static readonly string[] ClassicColumns =
    [
        "Recipient", "Supplier", "Year of order", "Year of order ?", "Number ordered", "Number ordered ?", "Weapon designation", "Weapon description",
        "Number delivered", "Number delivered ?", "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit", "SIPRI TIV for total order",
        "SIPRI TIV of delivered weapons",
    ];

    /// <summary>The classic columns that identify a deal, in SIPRI's order, so the key does not depend on the column order.</summary>
    private static readonly string[] ClassicKeyColumns = ClassicColumns[..13];

    private static readonly string[] DeliveryColumns =
    [
        "SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category", "Order date", "Numbers delivered",
        "Delivery year", "Status", "TIV delivery values",
    ];

    private IEnumerable<SipriBatch> ClassicBatches(int size)
    {
        var c = SipriColumns.Map(File, _header, ClassicColumns);
        // Fingerprint of a deal's fields -> the line it was first seen on and how often: 12 bytes per distinct deal, not per row.
        var seen = new Dictionary<long, (int Line, int Count)>();
        var deals = new List<ArmsDeal>(size);
        foreach (var record in WholeRecords(c.Width, c["Supplier"]))
        {
            var problems = new List<string>();
            var recipient = _names.Resolve(record[c["Recipient"]], record.Line);
            var supplier = _names.Resolve(record[c["Supplier"]], record.Line);
            Check(SipriCells.TryYear(record[c["Year of order"]], out var orderYear), () => $"Year of order '{record[c["Year of order"]]}' is not a year", problems);
            Check(SipriCells.TryCount(record[c["Number ordered"]], out var ordered), () => $"Number ordered '{record[c["Number ordered"]]}' is not a whole number", problems);
            Check(SipriCells.TryCount(record[c["Number delivered"]], out var delivered), () => $"Number delivered '{record[c["Number delivered"]]}' is not a whole number", problems);
            Check(SipriCells.TryYears(record[c["Year(s) of delivery"]], out var years), () => $"Year(s) of delivery '{record[c["Year(s) of delivery"]]}' are not years", problems);
            Check(SipriCells.TryTiv(record[c["SIPRI TIV per unit"]], out var perUnit), () => $"SIPRI TIV per unit '{record[c["SIPRI TIV per unit"]]}' is not a number", problems);
            Check(SipriCells.TryTiv(record[c["SIPRI TIV for total order"]], out var order), () => $"SIPRI TIV for total order '{record[c["SIPRI TIV for total order"]]}' is not a number", problems);
            Check(SipriCells.TryTiv(record[c["SIPRI TIV of delivered weapons"]], out var tivDelivered), () => $"SIPRI TIV of delivered weapons '{record[c["SIPRI TIV of delivered weapons"]]}' is not a number", problems);
            foreach (var flag in (string[])["Year of order ?", "Number ordered ?", "Number delivered ?"])
            {
                Check(record[c[flag]].Trim() is "" or "?", () => $"the uncertainty mark after {flag[..^2]} is '{record[c[flag]]}', not '?' or empty", problems);
            }

            if (problems.Count > 0 || recipient is null || supplier is null)
            {
                problems.ForEach(p => Reject(record.Line, p));
                continue;
            }

            var fields = string.Join('\u001f', ClassicKeyColumns.Select(name => record[c[name]].Trim()));
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fields));
            var fingerprint = BinaryPrimitives.ReadInt64BigEndian(hash);
            var (firstLine, count) = seen.TryGetValue(fingerprint, out var s) ? (s.Line, s.Count + 1) : (record.Line, 1);
            seen[fingerprint] = (firstLine, count);
            if (count > 1)
            {
                Listed(_duplicates, record.Line, $"repeats the deal on line {firstLine} field for field; kept as a deal of its own, as SIPRI lists a few deals twice", ref _duplicatesUnlisted);
            }

            var key = "c" + Convert.ToHexStringLower(hash)[..15];
            foreach (var year in years)
            {
                SawYear(year);
            }

            deals.Add(new ArmsDeal
            {
                Key = count == 1 ? key : $"{key}-{count}",
                Supplier = supplier,
                Recipient = recipient,
                SupplierName = record[c["Supplier"]].Trim(),
                RecipientName = record[c["Recipient"]].Trim(),
                OrderYear = orderYear,
                OrderYearEstimated = record[c["Year of order ?"]].Trim() == "?",
                NumberOrdered = ordered,
                NumberOrderedEstimated = record[c["Number ordered ?"]].Trim() == "?",
                NumberDelivered = delivered,
                NumberDeliveredEstimated = record[c["Number delivered ?"]].Trim() == "?",
                DeliveryYears = years,
                Designation = record[c["Weapon designation"]].Trim(),
                Description = record[c["Weapon description"]].Trim(),
                Status = record[c["status"]].Trim(),
                Comments = record[c["Comments"]].Trim(),
                TivPerUnit = perUnit,
                TivOrder = order,
                TivDelivered = tivDelivered,
                Line = record.Line,
            });
            if (deals.Count >= size)
            {
                yield return new SipriBatch { Deals = deals };
                deals = new List<ArmsDeal>(size);
            }
        }

        yield return new SipriBatch { Deals = deals };
    }
}
