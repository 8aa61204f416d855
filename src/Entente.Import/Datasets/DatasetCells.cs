using System.Globalization;
using System.Security.Cryptography;
using Entente.Dates;

namespace Entente.Import.Datasets;

/// <summary>Cell parsing shared by the dataset readers: integers, dataset dates with unknown parts, file hashes.</summary>
internal static class DatasetCells
{
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>An integer cell; empty is null. Stata exports write whole numbers as "4.0" at times, which are accepted.</summary>
    public static bool TryInt(string cell, out int? value)
    {
        value = null;
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            value = whole;
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < int.MaxValue)
        {
            value = (int)real;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A date from year, month and day numbers where 0 or empty means unknown; null when the year is unknown.
    /// An impossible date (month 13, 30 February) is an error.
    /// </summary>
    public static bool TryDate(int? year, int? month, int? day, out PartialDate? date, out string error)
    {
        date = null;
        error = "";
        if (year is null or 0)
        {
            return true;
        }

        month = month is 0 ? null : month;
        day = day is 0 || month is null ? null : day;
        try
        {
            date = new PartialDate(year.Value, month, day);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            error = $"impossible date {year}-{month?.ToString("00", CultureInfo.InvariantCulture) ?? "??"}-{day?.ToString("00", CultureInfo.InvariantCulture) ?? "??"}";
            return false;
        }
    }
}
