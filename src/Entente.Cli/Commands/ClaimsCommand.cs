using System.CommandLine;
using Entente.ArmsTrade;
using Entente.Cli.Hosting;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente claims check`: every SIPRI-based claim in the store recomputed from each imported release. Releases that
/// cannot cover a claim's period give no answer; those rows are hidden and counted unless `--all` asks for them.
/// </summary>
public static class ClaimsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var claims = new Command("claims", "Work with quantitative claims.");
        var release = new Option<string?>("--release") { Description = "Check against this release only; default every release with a delivery register." };
        var all = new Option<bool>("--all") { Description = "Also show the releases that cannot cover a claim's period (verdict NoData)." };
        var check = new Command("check", "Recompute SIPRI-based claims from the imported releases and show the differences.") { release, all };
        check.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            IReadOnlyList<Entente.Evidence.EvidenceItem> items;
            await using (var evidence = await context.OpenStoreAsync(cancellationToken))
            {
                items = await evidence.QueryItemsAsync(new EvidenceQuery { Types = ["claim"] }, cancellationToken);
            }

            var checkable = items.Where(ClaimChecker.IsCheckable).ToList();
            await using var store = await context.OpenArmsTradeAsync(cancellationToken);
            var releases = await TradeReleases.SelectAsync(store, context.Value(release), all: true, cancellationToken);
            var results = new List<ClaimCheck>();
            foreach (var id in releases)
            {
                var matrix = (await store.MatrixAsync(id, Entente.Actors.ActorRegistry.Shipped, cancellationToken))!;
                results.AddRange(checkable.Select(item => ClaimChecker.Check(item, matrix)));
            }

            var shown = context.Value(all) ? results : [.. results.Where(c => c.Verdict != ClaimVerdict.NoData)];
            var rows = new Tabular("Claim", "Metric", "Supplier", "Recipient", "Period", "Bound", TabularColumn.Number("Claimed"), "Release",
                TabularColumn.Number("Data"), TabularColumn.Number("Difference", "+0.##;-0.##;0"), "Verdict");
            foreach (var c in shown)
            {
                rows.Add(c.Item, c.Metric, c.Supplier, c.Recipient, c.Period, Evidence.Quantity.BoundPrefix(c.Bound), c.Claimed,
                    c.Release, c.Recomputed, c.Difference, c.Verdict.ToString());
            }

            var sipriClaims = items.Count(i => i.Claim?.Dataset?.Contains("SIPRI", StringComparison.OrdinalIgnoreCase) ?? false);
            context.Note($"{checkable.Count} of {sipriClaims} SIPRI-based claims can be recomputed (the others use metrics SIPRI registers do not give); checked against {string.Join(", ", releases)}.");
            if (results.Count - shown.Count is var hidden and > 0)
            {
                context.Note($"{hidden} check(s) where the release cannot cover the claim's period (NoData) hidden; --all shows them.");
            }

            context.WriteFigures(shown, rows, "SIPRI claims against the data");
            return ExitCodes.Success;
        });
        claims.Subcommands.Add(check);
        return claims;
    }
}
