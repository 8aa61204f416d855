namespace Entente.Dates;

/// <summary>How precisely a source states a date.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
