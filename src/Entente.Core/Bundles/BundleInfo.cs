namespace Entente.Bundles;

/// <summary>A bundle's own name and description, from its optional `bundle:` section.</summary>
public sealed record BundleInfo(string Id, string? Title = null, string? Description = null);
