using Entente.ArmsTrade;
using Entente.Cli.Hosting;
using Entente.Storage.ArmsTrade;

namespace Entente.Cli.Commands;

/// <summary>
/// The one release selection of `trade`, `market`, `deals` and `claims check`: the release asked for, else the default
/// (<see cref="SqliteArmsTradeStore.RegisterReleasesAsync"/>), or every release with a register when all are wanted.
/// </summary>
internal static class TradeReleases
{
    /// <summary>The releases to read: the one asked for, else the default one, or all of them.</summary>
    public static async Task<IReadOnlyList<string>> SelectAsync(SqliteArmsTradeStore store, string? release, bool all, CancellationToken cancellationToken)
    {
        var registers = await store.RegisterReleasesAsync(cancellationToken);
        if (registers.Count == 0)
        {
            throw new CliException(ExitCodes.NotFound,
                "no SIPRI trade register in the 2024 layout (one row per delivery year) is imported; run 'entente import sipri FILE' with one");
        }

        if (release is not null)
        {
            return registers.Contains(release) ? [release]
                : throw new CliException(ExitCodes.NotFound, $"release {release} has no delivery register; releases with one: {string.Join(", ", registers)}");
        }

        return all ? registers : [registers[0]];
    }

    public static async Task<TradeMatrix> MatrixAsync(SqliteArmsTradeStore store, string? release, CancellationToken cancellationToken)
    {
        var id = (await SelectAsync(store, release, all: false, cancellationToken))[0];
        return (await store.MatrixAsync(id, Entente.Actors.ActorRegistry.Shipped, cancellationToken))!;
    }

    public static string Describe(TradeMatrix matrix) =>
        $"SIPRI TIV (millions), release {matrix.Release.Id} ({matrix.Release.File}), covering {matrix.Release.FirstYear}–{matrix.Release.LastYear}";
}
