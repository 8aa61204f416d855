using Entente.ArmsTrade;
using Entente.Codebooks;
using Entente.Diagnostics;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Reports.Lint;

/// <summary>
/// What the rules read: the items and sources of a case, where each was written (when read from files), the
/// imported SIPRI releases and the claim checks against them, and the date that decides what is past due.
/// </summary>
public sealed record LintCase
{
    public required IReadOnlyList<EvidenceItem> Items { get; init; }

    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>The day the case is read on: forecasts due before it and still open are past due.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Where items and sources were read from; null when the case comes from the store.</summary>
    public SourceMap? Map { get; init; }

    /// <summary>Imported SIPRI files (any layout), to tell which release is newest.</summary>
    public IReadOnlyList<SipriRelease> Releases { get; init; } = [];

    /// <summary>Claims recomputed from the newest release with a delivery register (ClaimChecker).</summary>
    public IReadOnlyList<ClaimCheck> ClaimChecks { get; init; } = [];

    public CodebookSet Codebooks { get; init; } = CodebookSet.Shipped;

    public string? Locate(object owner, string? field = null) =>
        Map?.Locate(owner, field, new SourceLocation("", 0, 0)) is { Line: > 0 } at ? at.ToString() : null;

    public Source? Source(string id) => SourcesById.GetValueOrDefault(id);

    private Dictionary<string, Source> SourcesById => _sourcesById ??= Sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());

    private Dictionary<string, Source>? _sourcesById;

    /// <summary>A finding about an item, located at the field at fault.</summary>
    public LintFinding At(ILintRule rule, EvidenceItem item, string field, string message, string? excerpt = null) =>
        new(rule.Id, item.Id, message) { Location = Locate(item, field), Excerpt = excerpt };

    /// <summary>A finding about a source, located at its grade.</summary>
    public LintFinding At(ILintRule rule, Source source, string message) =>
        new(rule.Id, source.Id, message) { Location = Locate(source, "grade") };
}
