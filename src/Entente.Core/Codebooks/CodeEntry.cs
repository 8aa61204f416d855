namespace Entente.Codebooks;

/// <summary>A plain codebook entry: roles, themes.</summary>
public sealed record CodeEntry(string Id, string Label, string? Description = null);
