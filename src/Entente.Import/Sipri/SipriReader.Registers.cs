using System.Security.Cryptography;
using System.Text;
using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>The two trade-register layouts: classic (one row per deal) and 2024 (one row per deal and delivery year).</summary>
public sealed partial class SipriReader
{
    private static SipriFile ReadClassic(SipriRelease release, CsvRecord header, List<CsvRecord> body, SipriNames names)
    {
        var deals = new List<ArmsDeal>();
        var rejected = new List<SipriReject>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var repaired = Whole(release.File, header.Cells.Count, body, rejected);
        foreach (var record in repaired.Records)
        {
            var problems = new List<string>();
            var recipient = names.Resolve(record[0], record.Line);
            var supplier = names.Resolve(record[1], record.Line);
            Check(SipriCells.TryYear(record[2], out var orderYear), () => $"Year of order '{record[2]}' is not a year", problems);
            Check(SipriCells.TryCount(record[4], out var ordered), () => $"Number ordered '{record[4]}' is not a whole number", problems);
            Check(SipriCells.TryCount(record[8], out var delivered), () => $"Number delivered '{record[8]}' is not a whole number", problems);
            Check(SipriCells.TryYears(record[10], out var years), () => $"Year(s) of delivery '{record[10]}' are not years", problems);
            Check(SipriCells.TryTiv(record[13], out var perUnit), () => $"SIPRI TIV per unit '{record[13]}' is not a number", problems);
            Check(SipriCells.TryTiv(record[14], out var order), () => $"SIPRI TIV for total order '{record[14]}' is not a number", problems);
            Check(SipriCells.TryTiv(record[15], out var tivDelivered), () => $"SIPRI TIV of delivered weapons '{record[15]}' is not a number", problems);
            if (problems.Count > 0 || recipient is null || supplier is null)
            {
                rejected.AddRange(problems.Select(p => new SipriReject(release.File, record.Line, p)));
                continue;
            }

            deals.Add(new ArmsDeal
            {
                Key = ClassicKey(record, keys),
                Supplier = supplier,
                Recipient = recipient,
                SupplierName = record[1].Trim(),
                RecipientName = record[0].Trim(),
                OrderYear = orderYear,
                OrderYearEstimated = record[3].Trim() == "?",
                NumberOrdered = ordered,
                NumberOrderedEstimated = record[5].Trim() == "?",
                NumberDelivered = delivered,
                NumberDeliveredEstimated = record[9].Trim() == "?",
                DeliveryYears = years,
                Designation = record[6].Trim(),
                Description = record[7].Trim(),
                Status = record[11].Trim(),
                Comments = record[12].Trim(),
                TivPerUnit = perUnit,
                TivOrder = order,
                TivDelivered = tivDelivered,
                Line = record.Line,
            });
        }

        return new SipriFile { Release = release, Deals = deals, Repaired = repaired.Repairs, Rejected = rejected };
    }

    private static SipriFile ReadDeliveries(SipriRelease release, CsvRecord header, List<CsvRecord> body, SipriNames names)
    {
        var rows = new List<(CsvRecord Record, Delivery Delivery, ArmsDeal Deal)>();
        var rejected = new List<SipriReject>();
        var repaired = Whole(release.File, header.Cells.Count, body, rejected);
        foreach (var record in repaired.Records)
        {
            var problems = new List<string>();
            var supplier = names.Resolve(record[1], record.Line);
            var recipient = names.Resolve(record[2], record.Line);
            Check(record[0].Trim().Length > 0 && record[0].Trim().All(char.IsAsciiDigit), () => $"SIPRI AT Database ID '{record[0]}' is not a number", problems);
            Check(SipriCells.TryYear(record[6], out var orderYear), () => $"Order date '{record[6]}' is not a year", problems);
            Check(SipriCells.TryCount(record[8], out var number), () => $"Numbers delivered '{record[8]}' is not a whole number", problems);
            Check(SipriCells.TryYear(record[10], out var year) && year is not null, () => $"Delivery year '{record[10]}' is not a year", problems);
            Check(SipriCells.TryTiv(record[14], out var unit), () => $"TIV deal unit '{record[14]}' is not a number", problems);
            Check(SipriCells.TryTiv(record[15], out var tiv) && tiv is not null, () => $"TIV delivery values '{record[15]}' is not a number", problems);
            if (problems.Count > 0 || supplier is null || recipient is null)
            {
                rejected.AddRange(problems.Select(p => new SipriReject(release.File, record.Line, p)));
                continue;
            }

            var key = record[0].Trim();
            var delivery = new Delivery(key, supplier, recipient, year!.Value, tiv!.Value)
            {
                Number = number,
                NumberEstimated = SipriCells.Flag(record[9]) == true,
                YearEstimated = SipriCells.Flag(record[11]) == true,
                Category = record[5].Trim(),
                Line = record.Line,
            };
            var deal = new ArmsDeal
            {
                Key = key,
                Supplier = supplier,
                Recipient = recipient,
                SupplierName = record[1].Trim(),
                RecipientName = record[2].Trim(),
                OrderYear = orderYear,
                OrderYearEstimated = SipriCells.Flag(record[7]) == true,
                Designation = record[3].Trim(),
                Description = record[4].Trim(),
                Category = record[5].Trim(),
                Status = SipriCells.Flag(record[16]) == true ? $"{record[12].Trim()}; local production" : record[12].Trim(),
                TivPerUnit = unit,
                Line = record.Line,
            };
            rows.Add((record, delivery, deal));
        }

        // A deal is the sum of its delivery rows; its first row carries the deal's fields.
        var deals = rows.GroupBy(r => r.Deal.Key, StringComparer.Ordinal).Select(g => g.First().Deal with
        {
            NumberDelivered = g.Sum(r => r.Delivery.Number ?? 0),
            NumberDeliveredEstimated = g.Any(r => r.Delivery.NumberEstimated),
            DeliveryYears = [.. g.Select(r => r.Delivery.Year).Distinct().Order()],
            TivDelivered = g.Sum(r => r.Delivery.Tiv),
        }).ToList();
        return new SipriFile { Release = release, Deals = deals, Deliveries = [.. rows.Select(r => r.Delivery)], Repaired = repaired.Repairs, Rejected = rejected };
    }

    /// <summary>
    /// Rejoins records that SIPRI broke across lines inside a comment: two short records whose fields add up to
    /// the header's (the break splits one field) are joined; any other wrong field count is rejected.
    /// </summary>
    private static (List<CsvRecord> Records, List<SipriReject> Repairs) Whole(string file, int width, List<CsvRecord> body, List<SipriReject> rejected)
    {
        var records = new List<CsvRecord>();
        var repairs = new List<SipriReject>();
        for (var i = 0; i < body.Count; i++)
        {
            var record = body[i];
            if (record.Unterminated)
            {
                rejected.Add(new SipriReject(file, record.Line, "the file ends inside a quoted field: the record is truncated"));
                continue;
            }

            if (record.Cells.Count == width)
            {
                records.Add(record);
                continue;
            }

            if (record.Cells.Count < width && i + 1 < body.Count && record.Cells.Count + body[i + 1].Cells.Count - 1 == width)
            {
                var next = body[i + 1];
                var joined = record.Cells.Take(record.Cells.Count - 1)
                    .Append($"{record.Cells[^1].TrimEnd()} {next.Cells[0].TrimStart()}".Trim())
                    .Concat(next.Cells.Skip(1))
                    .ToList();
                records.Add(new CsvRecord(record.Line, joined));
                repairs.Add(new SipriReject(file, record.Line, $"record broken across lines {record.Line}–{next.Line} was joined back"));
                i++;
                continue;
            }

            rejected.Add(new SipriReject(file, record.Line, $"{record.Cells.Count} fields where the header has {width}: a missing, extra or shifted column, or a truncated line"));
        }

        return (records, repairs);
    }

    /// <summary>Adds the problem when the check fails; the message is only built then, off the hot path.</summary>
    private static void Check(bool ok, Func<string> problem, List<string> problems)
    {
        if (!ok)
        {
            problems.Add(problem());
        }
    }

    /// <summary>The classic layout has no deal id: a hash of the deal's own fields, numbered if SIPRI lists the same deal twice.</summary>
    private static string ClassicKey(CsvRecord record, Dictionary<string, int> seen)
    {
        var fields = string.Join('\u001f', record.Cells.Take(13).Select(c => c.Trim()));
        var hash = "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fields)))[..15];
        var n = seen[hash] = seen.GetValueOrDefault(hash) + 1;
        return n == 1 ? hash : $"{hash}-{n}";
    }
}
