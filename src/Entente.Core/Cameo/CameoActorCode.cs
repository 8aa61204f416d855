namespace Entente.Cameo;

/// <summary>The kinds of three-letter segment a CAMEO actor code is built from ("RUSGOVMIL" = country RUS, types GOV and MIL).</summary>
public enum CameoActorKind
{
    Country,
    Type,
    Group,
    Ethnic,
    Religion,
}

/// <summary>One CAMEO actor code segment with its label ("MIL" Military, "RUS" Russia).</summary>
public sealed record CameoActorCode(CameoActorKind Kind, string Code, string Label);
