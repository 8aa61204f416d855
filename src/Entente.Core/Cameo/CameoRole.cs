namespace Entente.Cameo;

/// <summary>A registry actor that CAMEO codes as a role of a state: pla is <c>CHN</c> with type <c>MIL</c>.</summary>
public sealed record CameoRole(string ActorId, string StateId, string Role);
