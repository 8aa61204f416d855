using Entente.Diagnostics;

namespace Entente.Import.Bundle;

/// <summary>What reading a bundle produced: the bundle, where each part came from, and every problem found.</summary>
public sealed record BundleReadResult(Entente.Bundles.Bundle Bundle, SourceMap Map, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    public bool IsValid => Diagnostics.Count == 0;
}
