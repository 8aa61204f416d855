namespace Entente.Codebooks;

/// <summary>An estimative term on one yardstick (ICD 203 or PHIA) with its probability range.</summary>
public sealed record EstimativeTerm(string Scale, string Term, double Min, double Max)
{
    public bool Contains(double probability) => probability >= Min && probability <= Max;
}
