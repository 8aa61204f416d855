using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Storage.ArmsTrade;

namespace Entente.Analysis;

/// <summary>Which SIPRI release a figure is read from: the one asked for, else the register reaching the latest year, newest first.</summary>
public static class SipriReleases
{
    /// <summary>The release's delivery matrix; null when no delivery register is imported; an error for an unknown release.</summary>
    public static async Task<TradeMatrix?> MatrixAsync(SqliteArmsTradeStore store, ActorRegistry registry, string? release, CancellationToken cancellationToken)
    {
        var registers = (await store.FilesAsync(cancellationToken)).Where(f => f.Layout == SipriLayout.DeliveryRegister)
            .OrderByDescending(f => f.LastYear).ThenByDescending(f => f.Generated).Select(f => f.Id).Distinct().ToList();
        if (registers.Count == 0)
        {
            return release is null ? null
                : throw new KeyNotFoundException($"SIPRI release {release} is not imported: no trade register in the 2024 layout is");
        }

        var id = release ?? registers[0];
        return await store.MatrixAsync(id, registry, cancellationToken)
            ?? throw new KeyNotFoundException($"SIPRI release {id} has no delivery register; releases with one: {string.Join(", ", registers)}");
    }
}
