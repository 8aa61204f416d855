using Entente.Actors;
using Entente.Evidence;
using Entente.Reports.Data;
using Entente.Reports.Lint;
using Entente.Sources;

namespace Entente.Reports.Briefs;

/// <summary>
/// Everything a brief is built from, gathered by the caller from the stores: the evidence of the dyad, the SIPRI
/// releases and matrix (both directions are read from it), the yearly event series, and the lint findings.
/// </summary>
public sealed record BriefInputs
{
    public required Actor A { get; init; }
    public required Actor B { get; init; }
    public required IReadOnlyList<EvidenceItem> Items { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public ArmsTradeEvidence ArmsTrade { get; init; } = ArmsTradeEvidence.None;

    /// <summary>Yearly event series of the undirected dyad from the warehouse; empty when none is imported.</summary>
    public IReadOnlyList<EventYear> Events { get; init; } = [];

    public IReadOnlyList<LintFinding> Findings { get; init; } = [];

    public required DateTimeOffset At { get; init; }
}

/// <summary>One year of the dyad's event series, as the warehouse computed it.</summary>
public sealed record EventYear(int Year, long Events, double? MeanTone, double? MeanGoldstein);
