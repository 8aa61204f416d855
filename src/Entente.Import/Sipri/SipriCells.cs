using System.Globalization;

namespace Entente.Import.Sipri;

/// <summary>Typed reading of SIPRI cells; a bad value becomes a reason, never a silent zero.</summary>
internal static class SipriCells
{
    public static bool TryYear(string cell, out int? year)
    {
        var t = cell.Trim();
        year = null;
        if (t.Length == 0)
        {
            return true;
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
        {
            year = y;
            return true;
        }

        return false;
    }

    public static bool TryCount(string cell, out int? count)
    {
        var t = cell.Trim();
        count = null;
        if (t.Length == 0)
        {
            return true;
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            count = n;
            return true;
        }

        return false;
    }

    public static bool TryTiv(string cell, out decimal? tiv)
    {
        var t = cell.Trim();
        tiv = null;
        if (t.Length == 0)
        {
            return true;
        }

        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            tiv = v;
            return true;
        }

        return false;
    }

    /// <summary>"Yes"/"No" flags of the 2024 layout; empty is unknown; anything else is not a flag (junk glued to a row).</summary>
    public static bool TryFlag(string cell, out bool? flag)
    {
        flag = cell.Trim() switch
        {
            "Yes" => true,
            "No" => false,
            _ => null,
        };
        return flag is not null || cell.Trim().Length == 0;
    }

    /// <summary>"2016; 2017" as SIPRI joins delivery years.</summary>
    public static bool TryYears(string cell, out IReadOnlyList<int> years)
    {
        var list = new List<int>();
        years = list;
        foreach (var part in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryYear(part, out var year) || year is null)
            {
                return false;
            }

            list.Add(year.Value);
        }

        return true;
    }
}
