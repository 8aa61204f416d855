namespace Entente.Ach;

/// <summary>Reasons to treat an item with suspicion; shown on the matrix and excluded together by one switch.</summary>
[Flags]
public enum AchCaution
{
    None = 0,
    Deception = 1,
    StateMedia = 2,
    Retracted = 4,
}
