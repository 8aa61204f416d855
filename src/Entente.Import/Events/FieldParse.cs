using System.Globalization;

namespace Entente.Import.Events;

/// <summary>
/// Culture-invariant parsing of the fields event files carry; each returns false on anything malformed. The common
/// shapes (plain integers, decimals of up to 15 digits, compact dates) take a direct path, several times cheaper than
/// the framework's general parsers, with the same results; anything else falls back to those parsers.
/// </summary>
public static class FieldParse
{
    /// <summary>Powers of ten that are exact doubles; dividing by one of them rounds correctly.</summary>
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool Long(ReadOnlySpan<char> text, out long value) =>
        TryDigits(text, out value) || long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool OptionalInt(ReadOnlySpan<char> text, out int? value)
    {
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (TryDigits(text, out var digits) && digits is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)digits;
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

        if (TryDecimal(text, out var fast))
        {
            value = fast;
            return true;
        }

        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed);
        value = parsed;
        return ok;
    }

    /// <summary>
    /// [-]digits[.digits] with at most 15 digits in all: the digits form an exact integer below 2^53 and the divisor is
    /// an exact power of ten, so one division gives the correctly rounded double (Clinger's fast path), as double.Parse.
    /// </summary>
    public static bool TryDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        long mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && fraction < 0)
            {
                fraction = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++digits > 15)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (c - '0');
            fraction += fraction >= 0 ? 1 : 0;
        }

        if (digits == 0)
        {
            return false;
        }

        value = mantissa / PowersOfTen[Math.Max(fraction, 0)];
        value = negative ? -value : value;
        return true;
    }

    /// <summary>[-]digits, at most 18 of them (no overflow possible).</summary>
    private static bool TryDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = text[(negative ? 1 : 0)..];
        if (digits.IsEmpty || digits.Length > 18)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>YYYYMMDD, as GDELT's SQLDATE.</summary>
    public static bool CompactDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 8 || !TryDigits(text, out var number) || text[0] == '-')
        {
            return false;
        }

        int y = (int)(number / 10000), m = (int)(number / 100 % 100), d = (int)(number % 100);
        return y is >= 1800 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
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
