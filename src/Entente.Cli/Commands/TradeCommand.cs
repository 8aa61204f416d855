using System.CommandLine;
using Entente.ArmsTrade;
using Entente.Cli.Hosting;

namespace Entente.Cli.Commands;

/// <summary>`entente trade SUPPLIER RECIPIENT`: a directed dyad year by year — TIV, shares, rank, concentration, trend.</summary>
public static class TradeCommand
{
    private const int ChartWidth = 30;

    public static Command Create(CliEnvironment environment)
    {
        var supplier = new Argument<string>("supplier") { Description = "The supplier (id, code or name)." };
        var recipient = new Argument<string>("recipient") { Description = "The recipient (id, code or name)." };
        var release = new Option<string?>("--release") { Description = "The SIPRI release (its 'Data generated' date, e.g. 2024-04-13); default the newest." };
        var from = new Option<int?>("--from") { Description = "First year." };
        var to = new Option<int?>("--to") { Description = "Last year." };
        var categories = new Option<bool>("--categories") { Description = "Break the period's TIV down by armament category instead." };
        var command = new Command("trade", "Arms transfers from a supplier to a recipient per year, from a SIPRI release.") { supplier, recipient, release, from, to, categories };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            UsageChecks.Period(context.Value(from), context.Value(to));
            await using var store = await context.OpenArmsTradeAsync(cancellationToken);
            var registry = Entente.Actors.ActorRegistry.Shipped;
            var s = context.ResolveActor(registry, context.Value(supplier)!).Id;
            var r = context.ResolveActor(registry, context.Value(recipient)!).Id;
            var matrix = await TradeReleases.MatrixAsync(store, context.Value(release), cancellationToken);
            var first = context.Value(from) ?? matrix.Release.FirstYear;
            var last = context.Value(to) ?? matrix.Release.LastYear;
            context.Note(TradeReleases.Describe(matrix) + "; blank = outside the release's coverage (missing, not zero).");
            if (context.Value(categories))
            {
                WriteCategories(context, matrix, s, r, first, last);
                return ExitCodes.Success;
            }

            var indicators = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(y => (Year: y, Row: matrix.Indicators(s, r, y))).ToList();
            var max = indicators.Max(i => i.Row?.Tiv ?? 0);
            var rows = new Tabular("Year", TabularColumn.Number("TIV", "0.#"), TabularColumn.Number("% of supplier's exports", "0.#"),
                TabularColumn.Number("% of recipient's imports", "0.#"), "Rank", TabularColumn.Number("Recipient HHI", "0"),
                TabularColumn.Number("5-year TIV", "0.#"), TabularColumn.Chart(""));
            foreach (var (year, row) in indicators)
            {
                rows.Add(year, row?.Tiv, row?.ShareOfSupplierExports, row?.ShareOfRecipientImports, row?.SupplierRank, row?.RecipientHhi, row?.FiveYearTiv,
                    row is null || max == 0 ? null : new string('█', (int)Math.Round(row.Tiv / max * ChartWidth)));
            }

            context.WriteFigures(indicators.Select(i => i.Row).OfType<DyadYear>().ToList(), rows, $"{s} → {r}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>TIV by armament category over the period, largest first.</summary>
    private static void WriteCategories(CommandContext context, TradeMatrix matrix, string supplier, string recipient, int first, int last)
    {
        var shares = matrix.CategoryShares(supplier, recipient, first, last);
        var rows = new Tabular("Armament category", TabularColumn.Number("TIV", "0.#"), TabularColumn.Number("Share %", "0.#"));
        foreach (var t in shares)
        {
            rows.Add(t.Category, t.Tiv, t.Share);
        }

        context.WriteFigures(shares, rows, $"{supplier} → {recipient} by category, {first}–{last}");
    }
}
