using System.CommandLine;
using Entente.ArmsTrade;
using Entente.Cli.Hosting;

namespace Entente.Cli.Commands;

/// <summary>`entente market --region central-asia`: who supplies a group of recipients, with shares over a period.</summary>
public static class MarketCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var region = new Option<string?>("--region") { Description = $"A region: {string.Join(", ", Region.Shipped.Keys)}." };
        var recipients = new Option<string[]>("--recipient") { Description = "A recipient instead of (or besides) a region; repeatable." };
        var release = new Option<string?>("--release") { Description = "The SIPRI release; default the newest." };
        var from = new Option<int?>("--from") { Description = "First year (default: five years before the last)." };
        var to = new Option<int?>("--to") { Description = "Last year (default: the release's last year)." };
        var top = new Option<int>("--top") { Description = "Suppliers to name; the rest are summed as others.", DefaultValueFactory = _ => 5 };
        var command = new Command("market", "Suppliers' shares of a region's or a country's arms imports over a period.") { region, recipients, release, from, to, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            UsageChecks.Period(context.Value(from), context.Value(to));
            var topCount = UsageChecks.AtLeast(context.Value(top), 1, "--top");
            var members = new List<string>();
            if (context.Value(region) is { } regionId)
            {
                members.AddRange(Region.Shipped.TryGetValue(regionId, out var found) ? found.Members
                    : throw new CliException(ExitCodes.Usage, $"unknown region '{regionId}'; known: {string.Join(", ", Region.Shipped.Keys)}"));
            }

            members.AddRange((context.Value(recipients) ?? []).Select(r => context.ResolveActor(Entente.Actors.ActorRegistry.Shipped, r).Id));
            if (members.Count == 0)
            {
                throw new CliException(ExitCodes.Usage, "name a --region or at least one --recipient");
            }

            await using var store = await context.OpenArmsTradeAsync(cancellationToken);
            var matrix = await TradeReleases.MatrixAsync(store, context.Value(release), cancellationToken);
            var last = context.Value(to) ?? matrix.Release.LastYear;
            var first = context.Value(from) ?? last - 4;
            var report = MarketReport.Compute(matrix, members, first, last)
                ?? throw new CliException(ExitCodes.NotFound, $"release {matrix.Release.Id} covers {matrix.Release.FirstYear}–{matrix.Release.LastYear}, not {first}–{last}");
            var rows = new Tabular("Supplier", TabularColumn.Number("TIV", "0.#"), TabularColumn.Number("Share %", "0.0"));
            foreach (var share in report.Suppliers.Take(topCount))
            {
                rows.Add(share.Supplier, share.Tiv, share.Share);
            }

            if (report.Others(topCount) is { } others)
            {
                rows.Add(others.Supplier, others.Tiv, others.Share);
            }

            context.Note($"{TradeReleases.Describe(matrix)}; recipients {string.Join(", ", members)}; {first}–{last}.");
            context.WriteFigures(report, rows, $"Arms imports of {string.Join(", ", members)}, {first}–{last}");
            return ExitCodes.Success;
        });
        return command;
    }
}
