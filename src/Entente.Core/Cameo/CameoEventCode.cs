namespace Entente.Cameo;

/// <summary>One CAMEO event code ("062", leading zeros kept) with its label, Goldstein value and QuadClass.</summary>
public sealed record CameoEventCode(string Code, string Label, double Goldstein, QuadClass QuadClass)
{
    /// <summary>The two-digit root ("06" for "062" and "0631").</summary>
    public string Root => Code[..2];

    /// <summary>1 for a root ("06"), 2 for a base code ("062"), 3 for a leaf ("0621").</summary>
    public int Level => Code.Length - 1;

    /// <summary>The QuadClass of any code by its root, as GDELT assigns it.</summary>
    public static QuadClass? QuadClassOf(string code) =>
        code.Length >= 2 && int.TryParse(code.AsSpan(0, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var root)
            ? root switch
            {
                >= 1 and <= 5 => QuadClass.VerbalCooperation,
                >= 6 and <= 8 => QuadClass.MaterialCooperation,
                >= 9 and <= 13 => QuadClass.VerbalConflict,
                >= 14 and <= 20 => QuadClass.MaterialConflict,
                _ => null,
            }
            : null;
}
