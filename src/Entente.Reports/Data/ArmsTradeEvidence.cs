using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Evidence;
using Entente.Storage.ArmsTrade;

namespace Entente.Reports.Data;

/// <summary>
/// The SIPRI side of a case as briefs and lint read it: every imported file, the newest release with a delivery
/// register (the one figures are read from, as `entente trade` picks it), and every checkable claim recomputed from it.
/// </summary>
public sealed record ArmsTradeEvidence(IReadOnlyList<SipriRelease> Files, TradeMatrix? Matrix, IReadOnlyList<ClaimCheck> ClaimChecks)
{
    public static ArmsTradeEvidence None { get; } = new([], null, []);

    public static async Task<ArmsTradeEvidence> LoadAsync(SqliteArmsTradeStore store, IEnumerable<EvidenceItem> items, ActorRegistry registry,
        CancellationToken cancellationToken = default)
    {
        var files = await store.FilesAsync(cancellationToken);
        var newest = files.Where(f => f.Layout == SipriLayout.DeliveryRegister)
            .OrderByDescending(f => f.LastYear).ThenByDescending(f => f.Generated).Select(f => f.Id).FirstOrDefault();
        if (newest is null)
        {
            return new ArmsTradeEvidence(files, null, []);
        }

        var matrix = await store.MatrixAsync(newest, registry, cancellationToken);
        var checks = matrix is null ? [] : items.Where(ClaimChecker.IsCheckable).Select(i => ClaimChecker.Check(i, matrix)).ToList();
        return new ArmsTradeEvidence(files, matrix, checks);
    }
}
