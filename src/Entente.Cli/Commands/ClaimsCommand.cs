using System.CommandLine;
using System.Globalization;
using Entente.ArmsTrade;
using Entente.Cli.Hosting;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente claims check`: every SIPRI-based claim in the store recomputed from each imported release.</summary>
public static class ClaimsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var claims = new Command("claims", "Work with quantitative claims.");
        var release = new Option<string?>("--release") { Description = "Check against this release only; default every release with a delivery register." };
        var check = new Command("check", "Recompute SIPRI-based claims from the imported releases and show the differences.") { release };
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
            var releases = context.Value(release) is { } one ? [one]
                : (await store.FilesAsync(cancellationToken)).Where(f => f.Layout == SipriLayout.DeliveryRegister)
                    .OrderByDescending(f => f.LastYear).Select(f => f.Id).Distinct().ToList();
            if (releases.Count == 0)
            {
                throw new CliException(ExitCodes.NotFound, "no SIPRI trade register in the 2024 layout is imported; run 'entente import sipri FILE' with one");
            }

            var results = new List<ClaimCheck>();
            foreach (var id in releases)
            {
                var matrix = await TradeReleases.MatrixAsync(store, id, cancellationToken);
                results.AddRange(checkable.Select(item => ClaimChecker.Check(item, matrix)));
            }

            var rows = new Tabular("Claim", "Metric", "Supplier", "Recipient", "Period", "Claimed", "Release", "Data", "Difference", "Verdict");
            foreach (var c in results)
            {
                rows.Add(c.Item, c.Metric, c.Supplier, c.Recipient, c.Period, $"{Evidence.Quantity.BoundPrefix(c.Bound)}{c.Claimed.ToString(CultureInfo.InvariantCulture)}",
                    c.Release, TradeCommand.N(c.Recomputed, "0.##"), TradeCommand.N(c.Difference, "+0.##;-0.##;0"), c.Verdict.ToString());
            }

            var sipriClaims = items.Count(i => i.Claim?.Dataset?.Contains("SIPRI", StringComparison.OrdinalIgnoreCase) ?? false);
            context.Note($"{checkable.Count} of {sipriClaims} SIPRI-based claims can be recomputed (the others use metrics SIPRI registers do not give); checked against {string.Join(", ", releases)}.");
            context.WriteFigures(results, rows, "SIPRI claims against the data");
            return ExitCodes.Success;
        });
        claims.Subcommands.Add(check);
        return claims;
    }
}
