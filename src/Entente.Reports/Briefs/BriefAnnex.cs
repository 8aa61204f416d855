namespace Entente.Reports.Briefs;

/// <summary>How the brief was made: data releases and hashes, claims the newer data revise, parts not yet available, lint.</summary>
public sealed record BriefAnnex
{
    /// <summary>SHA-256 of the evidence the brief was built from (items and sources as JSON, in id order).</summary>
    public required string EvidenceHash { get; init; }

    public int Items { get; init; }
    public int Sources { get; init; }
    public IReadOnlyList<DataRelease> Releases { get; init; } = [];
    public IReadOnlyList<RevisedClaim> RevisedClaims { get; init; } = [];

    /// <summary>Parts of the brief whose data source has not landed; named here instead of being faked.</summary>
    public IReadOnlyList<string> Pending { get; init; } = [];

    public IReadOnlyList<LintCount> Lint { get; init; } = [];
}

public sealed record DataRelease(string Dataset, string Release, string Layout, string File, string Sha256);

/// <summary>A claim as the paper states it beside the newest imported figure (from ClaimChecker).</summary>
public sealed record RevisedClaim(string Item, string Metric, string Period, string Claimed, string ClaimedRelease, string Data, string DataRelease, string Verdict);

public sealed record LintCount(string Rule, int Findings, string Example);
