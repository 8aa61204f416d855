namespace Entente.Evidence;

/// <summary>An actor taking part in an item in a role from the roles codebook (supplier, host, perpetrator ...).</summary>
public sealed record ActorRole(string Actor, string Role);
