using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Dates;
using Entente.Import.Datasets;

namespace Entente.Import.Mme;

/// <summary>
/// MME dates: split numbers (s.year, s.month, s.day; "xx" = day unknown) and a text column in two formats,
/// "1/14/80" (month/day/two-digit year) and "1980-01-xx". Both must name the same date when both are given.
/// </summary>
public sealed partial class MmeReader
{
    private static PartialDate? Date(MmeRecord row, string what, string textColumn, string prefix)
    {
        var parts = Parts(row, what, row[prefix + "year"], row[prefix + "month"], row[prefix + "day"]);
        var text = row[textColumn];
        PartialDate? written = null;
        if (!MmeNames.IsMissing(text))
        {
            if (Slashed().Match(text) is { Success: true } s)
            {
                var year = int.Parse(s.Groups[3].Value, CultureInfo.InvariantCulture);
                written = Parts(row, what, (year >= 50 ? 1900 + year : 2000 + year).ToString(CultureInfo.InvariantCulture), s.Groups[1].Value, s.Groups[2].Value);
            }
            else if (Iso().Match(text) is { Success: true } i)
            {
                written = Parts(row, what, i.Groups[1].Value, i.Groups[2].Value, i.Groups[3].Value);
            }
            else
            {
                row.Fail($"{textColumn} '{text}' is in neither format MME uses (1/14/80, 1980-01-xx)");
            }
        }

        if (parts is not null && written is not null && parts != written)
        {
            row.Fail($"{textColumn} '{text}' and {prefix}year/{prefix}month/{prefix}day ({parts}) disagree");
        }

        return parts ?? written;
    }

    private static PartialDate? Parts(MmeRecord row, string what, string year, string month, string day)
    {
        if (MmeNames.IsMissing(year))
        {
            return null;
        }

        if (!DatasetCells.TryInt(year, out var y) || !DatasetCells.TryInt(month is "xx" ? "" : month, out var m) || !DatasetCells.TryInt(day is "xx" ? "" : day, out var d))
        {
            row.Fail($"{what} date {year}-{month}-{day} is not made of numbers");
            return null;
        }

        if (!DatasetCells.TryDate(y, m, d, out var date, out var error))
        {
            row.Fail($"{error} ({what})");
        }

        return date;
    }

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{2})$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2}|xx)$")]
    private static partial Regex Iso();
}
