using System.Globalization;

namespace Entente.Import.Events;

/// <summary>Culture-invariant parsing of the fields event files carry; each returns false on anything malformed.</summary>
public static class FieldParse
{
    public static bool Long(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool OptionalInt(ReadOnlySpan<char> text, out int? value)
    {
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        var ok = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }

    public static bool OptionalDouble(ReadOnlySpan<char> text, out double? value)
    {
        value = null;
        if (text.IsEmpty || text is "NA")
        {
            return true;
        }

        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed);
        value = parsed;
        return ok;
    }

    /// <summary>YYYYMMDD, as GDELT's SQLDATE.</summary>
    public static bool CompactDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        return text.Length == 8 && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(text[4..6], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(text[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && y >= 1800 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && Assign(new DateOnly(y, m, d), out date);
    }

    /// <summary>YYYYMMDD or YYYYMMDDHHMMSS, as GDELT's DATEADDED in 1.0 and 2.0.</summary>
    public static bool CompactTimestamp(ReadOnlySpan<char> text, out DateTime? value)
    {
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (!CompactDate(text[..Math.Min(8, text.Length)], out var date))
        {
            return false;
        }

        if (text.Length == 8)
        {
            value = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        if (text.Length == 14 && int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(text[10..12], NumberStyles.None, CultureInfo.InvariantCulture, out var mi)
            && int.TryParse(text[12..], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && h < 24 && mi < 60 && s < 60)
        {
            value = date.ToDateTime(new TimeOnly(h, mi, s));
            return true;
        }

        return false;
    }

    /// <summary>YYYY-MM-DD, as ICEWS's Event Date.</summary>
    public static bool IsoDate(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A CAMEO event code: 2 to 4 digits, leading zeros kept.</summary>
    public static bool CameoCode(ReadOnlySpan<char> text) =>
        text.Length is >= 2 and <= 4 && !text.ContainsAnyExceptInRange('0', '9');

    private static bool Assign(DateOnly value, out DateOnly date)
    {
        date = value;
        return true;
    }
}
