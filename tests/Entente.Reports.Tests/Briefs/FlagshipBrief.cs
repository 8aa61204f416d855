using Entente.Actors;
using Entente.Import.Bundle;
using Entente.Reports.Briefs;
using Entente.Testing;

namespace Entente.Reports.Tests.Briefs;

/// <summary>The shipped Russia–China case as brief inputs, read from the bundle with a pinned time and no datasets.</summary>
internal static class FlagshipBrief
{
    public static readonly DateTimeOffset At = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<BriefInputs> LazyInputs = new(() =>
    {
        var bundle = BundleReader.Read(Repository.FlagshipCase).Bundle;
        var items = bundle.Items.Where(i => i.Actors.Any(a => a.Actor is "RUS" or "CHN")).ToList();
        var cited = items.SelectMany(i => i.Sources).Select(c => c.Source).ToHashSet();
        return new BriefInputs
        {
            A = ActorRegistry.Shipped.Resolve("RUS").Actor!,
            B = ActorRegistry.Shipped.Resolve("CHN").Actor!,
            Items = items,
            Sources = [.. bundle.Sources.Where(s => cited.Contains(s.Id))],
            At = At,
        };
    });

    public static BriefInputs Inputs => LazyInputs.Value;

    public static Brief Build() => BriefBuilder.Build(Inputs);
}
