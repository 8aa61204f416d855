using System.CommandLine;
using Entente.ArmsTrade;
using Entente.Cli.Hosting;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente deals SUPPLIER RECIPIENT [--year Y]`: the SIPRI deals behind a `trade` figure, each with what was ordered and
/// delivered, when, and its TIV — in the year asked for, so that the deals add up to the dyad's figure for that year.
/// </summary>
public static class DealsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var supplier = new Argument<string>("supplier") { Description = "The supplier (id, code or name)." };
        var recipient = new Argument<string>("recipient") { Description = "The recipient (id, code or name)." };
        var year = new Option<int?>("--year") { Description = "Only deals delivering in this year; TIV is then the TIV delivered in it." };
        var release = new Option<string?>("--release") { Description = "The SIPRI release; default the one `trade` uses." };
        var text = new Option<string?>("--text") { Description = "Text in the designation, description, category, status or comments." };
        var command = new Command("deals", "The SIPRI deals behind a trade figure: what, how many, when, status and TIV.") { supplier, recipient, year, release, text };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var registry = Entente.Actors.ActorRegistry.Shipped;
            var query = new DealQuery(context.ResolveActor(registry, context.Value(supplier)!).Id, context.ResolveActor(registry, context.Value(recipient)!).Id)
            {
                Year = context.Value(year),
                Text = context.Value(text),
            };
            await using var store = await context.OpenArmsTradeAsync(cancellationToken);
            var id = await ReleaseAsync(store, context.Value(release), cancellationToken);
            var report = new DealReport(id, query, await store.DealsAsync(id, query, cancellationToken));
            var rows = new Tabular("Deal", "Designation", "Description", "Category", TabularColumn.Number("Ordered", "0"), "?",
                TabularColumn.Number(query.Year is { } y ? $"Delivered {y}" : "Delivered", "0"), "?", "Order year", "?", "Delivery years", "Status",
                TabularColumn.Number(query.Year is { } y2 ? $"TIV {y2}" : "TIV delivered", "0.##"), "Comments");
            foreach (var (deal, tiv, delivered) in report.Deals)
            {
                rows.Add(deal.Key, deal.Designation, deal.Description, deal.Category, deal.NumberOrdered, Mark(deal.NumberOrderedEstimated), delivered,
                    Mark(deal.NumberDeliveredEstimated), deal.OrderYear, Mark(deal.OrderYearEstimated), string.Join("; ", deal.DeliveryYears), deal.Status, tiv, deal.Comments);
            }

            context.Note($"SIPRI release {id}; {report.Deals.Count} deal(s) {query.Supplier} → {query.Recipient}"
                + (query.Year is { } year1 ? $" delivering in {year1}" : "")
                + (report.Tiv is { } sum ? $"; TIV {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)} (millions)" : "")
                + "; ? = SIPRI marks the number or year as uncertain.");
            context.WriteFigures(report, rows, $"Deals {query.Supplier} → {query.Recipient}{(query.Year is { } year2 ? $", deliveries in {year2}" : "")}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The release asked for if it has a register of either layout, else the release `trade` would use.</summary>
    private static async Task<string> ReleaseAsync(Storage.ArmsTrade.SqliteArmsTradeStore store, string? release, CancellationToken cancellationToken)
    {
        if (release is null)
        {
            return (await TradeReleases.SelectAsync(store, null, all: false, cancellationToken))[0];
        }

        var registers = (await store.FilesAsync(cancellationToken)).Where(f => f.Layout is SipriLayout.DeliveryRegister or SipriLayout.ClassicRegister)
            .Select(f => f.Id).Distinct().ToList();
        return registers.Contains(release) ? release
            : throw new CliException(ExitCodes.NotFound, $"release {release} has no trade register; releases with one: {string.Join(", ", registers)}");
    }

    private static string? Mark(bool estimated) => estimated ? "?" : null;
}
