namespace Entente.Actors;

/// <summary>A code an actor carries in one scheme, optionally only for some years (COW 365 is the Soviet Union until 1991).</summary>
public sealed record ActorCode(CodeScheme Scheme, string Value, int? FromYear = null, int? ToYear = null)
{
    public bool IsValidIn(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);

    public override string ToString() =>
        FromYear is null && ToYear is null ? Value : $"{Value}@{FromYear}..{ToYear}";
}
