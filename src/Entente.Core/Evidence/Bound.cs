namespace Entente.Evidence;

/// <summary>How a source states a number: exactly, about, at least ("over 60 %") or at most ("up to").</summary>
public enum Bound
{
    Exact,
    Approximate,
    Lower,
    Upper,
}
