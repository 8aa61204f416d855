namespace Entente.Sources;

/// <summary>Where a source was found: a footnote of another work (the paper that cites it).</summary>
public sealed record CitedIn(string Source, int? Footnote = null);
