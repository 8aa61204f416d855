using Entente.ArmsTrade;
using Entente.Cli.Hosting;
using Entente.Storage.ArmsTrade;

namespace Entente.Cli.Commands;

/// <summary>Picks the SIPRI release a figure is read from: the one asked for, else the newest with a delivery register.</summary>
internal static class TradeReleases
{
    public static async Task<TradeMatrix> MatrixAsync(SqliteArmsTradeStore store, string? release, CancellationToken cancellationToken)
    {
        var files = await store.FilesAsync(cancellationToken);
        // Default: the release whose register reaches the latest year, the newest of those.
        var registers = files.Where(f => f.Layout == SipriLayout.DeliveryRegister)
            .OrderByDescending(f => f.LastYear).ThenByDescending(f => f.Generated).Select(f => f.Id).Distinct().ToList();
        if (registers.Count == 0)
        {
            throw new CliException(ExitCodes.NotFound,
                "no SIPRI trade register in the 2024 layout (one row per delivery year) is imported; run 'entente import sipri FILE' with one");
        }

        var id = release ?? registers[0];
        return await store.MatrixAsync(id, Entente.Actors.ActorRegistry.Shipped, cancellationToken)
            ?? throw new CliException(ExitCodes.NotFound, $"release {id} has no delivery register; releases with one: {string.Join(", ", registers)}");
    }

    public static string Describe(TradeMatrix matrix) =>
        $"SIPRI TIV (millions), release {matrix.Release.Id} ({matrix.Release.File}), covering {matrix.Release.FirstYear}–{matrix.Release.LastYear}";
}
