namespace Entente.Import.Stata;

/// <summary>
/// One variable of a .dta file: its name, storage type code (1–2045 str#, 32768 strL, 65526 double, 65527 float,
/// 65528 long, 65529 int, 65530 byte), display format, label and value-label name.
/// </summary>
public sealed record StataVariable(string Name, int Type, string Format, string Label, string ValueLabels)
{
    public const int StrL = 32768;
    public const int Double = 65526;
    public const int Float = 65527;
    public const int Long = 65528;
    public const int Int = 65529;
    public const int Byte = 65530;

    public bool IsString => Type is > 0 and <= 2045 or StrL;

    /// <summary>Bytes the variable takes in each observation.</summary>
    public int Width => Type switch
    {
        Double or StrL => 8,
        Float or Long => 4,
        Int => 2,
        Byte => 1,
        _ => Type,
    };
}
