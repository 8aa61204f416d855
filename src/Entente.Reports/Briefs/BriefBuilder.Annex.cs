using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.ArmsTrade;
using Entente.Serialization;

namespace Entente.Reports.Briefs;

/// <summary>The annex: what the brief was built from, what newer data revise, and what is not available yet.</summary>
public static partial class BriefBuilder
{
    /// <summary>Sections whose data source has not landed: named in the annex, never faked in the body.</summary>
    private static readonly string[] PendingParts =
    [
        "The alliance question as an alignment ladder (treaty obligations, ATOP/COW coding, exercises and trade per year): waits for the dyad analysis layer.",
        "Structured analysis: ACH matrix, warning indicators and forecast scores (Brier, calibration): wait for the structured-analysis layer.",
    ];

    private static BriefAnnex Annex(BriefInputs inputs)
    {
        var pending = PendingParts.ToList();
        if (inputs.ArmsTrade.Matrix is null)
        {
            pending.Add("Arms trade by year: no SIPRI trade register in the 2024 layout is imported ('entente import sipri FILE').");
        }

        if (inputs.Events.Count == 0)
        {
            pending.Add("Event tone by year: no GDELT or ICEWS events of the dyad are in the event warehouse ('entente import gdelt FILE').");
        }

        var items = inputs.Items.ToDictionary(i => i.Id, i => i);
        return new BriefAnnex
        {
            EvidenceHash = Hash(inputs),
            Items = inputs.Items.Count,
            Sources = inputs.Sources.Count,
            Releases = [.. inputs.ArmsTrade.Files.OrderBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Layout).ThenBy(f => f.Sha256, StringComparer.Ordinal)
                .Select(f => new DataRelease("SIPRI Arms Transfers Database", f.Id, f.Layout.ToString(), Path.GetFileName(f.File), f.Sha256))],
            RevisedClaims = [.. inputs.ArmsTrade.ClaimChecks.Where(c => c.Verdict != ClaimVerdict.Holds).OrderBy(c => c.Item, StringComparer.Ordinal)
                .Select(c => new RevisedClaim(c.Item, c.Metric, c.Period, Evidence.Quantity.BoundPrefix(c.Bound) + c.Claimed.ToString(CultureInfo.InvariantCulture),
                    items.TryGetValue(c.Item, out var i) ? i.Claim?.Release ?? "not stated" : "not stated",
                    c.Recomputed is { } r ? r.ToString("0.##", CultureInfo.InvariantCulture) : "no data", c.Release, c.Verdict.ToString()))],
            Pending = pending,
            Lint = [.. inputs.Findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new LintCount(g.Key, g.Count(), $"{g.First().Subject}: {g.First().Message}"))],
        };
    }

    /// <summary>SHA-256 over the items and sources in id order, so two briefs can tell whether their evidence differed.</summary>
    private static string Hash(BriefInputs inputs)
    {
        var json = EntenteJson.Serialize(new
        {
            items = inputs.Items.OrderBy(i => i.Id, StringComparer.Ordinal),
            sources = inputs.Sources.OrderBy(s => s.Id, StringComparer.Ordinal),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
