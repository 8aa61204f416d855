using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Warehouse;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente events [A B] export --format csv|parquet --out PATH [A B] [filters]`: every event, or a dyad's events
/// with its filters, with provenance, as one CSV file or a Parquet folder partitioned `year=YYYY/month=M/` that
/// distributed engines read unchanged. Filters without a dyad are refused rather than ignored.
/// </summary>
public static class EventsExport
{
    public static Command Create(CliEnvironment environment, EventFilters filters, Argument<string[]> parentActors)
    {
        var actors = new Argument<string[]>("actors") { Description = "Optionally two actors (here or before 'export'): export only that dyad's events, with --codes, --types, --directed, --from, --to, --dataset.", Arity = new ArgumentArity(0, 2) };
        var format = new Option<string>("--format") { Description = "csv | parquet (hive-partitioned by year and month).", Required = true };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var output = new Option<string>("--out", "-o") { Description = "A .csv file, or the folder for Parquet (must not exist or be empty, unless --force).", Required = true };
        var force = OutputGuard.ForceOption();
        var command = new Command("export", "Export events as CSV or hive-partitioned Parquet (readable by Spark, Trino, ClickHouse, BigQuery).") { actors, format, output, force };
        command.SetAction((parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var before = context.Value(parentActors) ?? [];
            var after = context.Value(actors) ?? [];
            if (before.Length > 0 && after.Length > 0)
            {
                throw new CliException(ExitCodes.Usage, "give the dyad once: 'events A B export …' or 'events export … A B'");
            }

            var given = before.Length > 0 ? before : after;
            var dyads = given.Length > 0 || context.Value(filters.DyadOption) is { Length: > 0 } ? filters.Queries(context, given) : [];
            if (dyads.Count > 1)
            {
                throw new CliException(ExitCodes.Usage, "export takes one dyad at most");
            }

            if (dyads.Count == 0 && filters.Given(context) is { Count: > 0 } ignored)
            {
                throw new CliException(ExitCodes.Usage, $"{string.Join(", ", ignored)} select a dyad's events: give the dyad too ('events export --format csv --out F.csv RUS CHN {string.Join(" ", ignored)} …'), or leave them out to export every event");
            }

            var parquet = context.Value(format) == "parquet";
            var path = Path.GetFullPath(context.Value(output)!);
            context.Output.Check(path, context.Value(force), folder: parquet);
            using var warehouse = context.OpenWarehouse();
            Func<string, long> export = temporary => warehouse.Export(temporary, parquet ? ExportFormat.Parquet : ExportFormat.Csv, dyads.Count == 1 ? dyads[0] : null);
            var rows = parquet ? context.Output.WriteFolder(path, context.Value(force), export) : context.Output.WriteFile(path, context.Value(force), export);
            if (context.Json)
            {
                context.WriteJson(new { path, rows });
            }

            context.Note($"{rows} event(s) written to {path}{(dyads.Count == 1 ? $" ({EventsCommand.Describe(dyads[0])})" : "")}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
