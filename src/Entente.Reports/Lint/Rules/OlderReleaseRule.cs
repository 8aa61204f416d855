using Entente.ArmsTrade;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// SIPRI revises past years every spring: a figure read from an older release than the newest imported one may have
/// changed, and a SIPRI figure that names no release cannot be checked at all.
/// </summary>
public sealed class OlderReleaseRule : ILintRule
{
    public string Id => "older-release";

    public string Description => "SIPRI figures name their release, and it is the newest imported (or the difference is shown).";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var newest = subject.Releases.OrderByDescending(r => r.Generated).FirstOrDefault();
        foreach (var item in subject.Items)
        {
            if (item.Claim is not { } claim || !(claim.Dataset?.Contains("SIPRI", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(claim.Release))
            {
                yield return subject.At(this, item, "claim", "gives a SIPRI figure without the release it was read from");
            }
            else if (newest is not null && IsOlder(claim.Release, newest))
            {
                yield return subject.At(this, item, "claim",
                    $"rests on SIPRI release {claim.Release}; release {newest.Id} is imported and may revise it (see 'entente claims check')");
            }
        }
    }

    /// <summary>A release written as a year, a month or a day is older when it sorts before the newest and is not a prefix of it.</summary>
    public static bool IsOlder(string release, SipriRelease newest) =>
        !newest.Id.StartsWith(release.Trim(), StringComparison.Ordinal) && string.CompareOrdinal(release.Trim(), newest.Id) < 0;
}
