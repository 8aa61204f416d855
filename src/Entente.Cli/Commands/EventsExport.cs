using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Warehouse;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente events export --format csv|parquet --out PATH [A B]`: every event (or a dyad's) with its provenance, as
/// one CSV file or a Parquet folder partitioned `year=YYYY/month=M/` that distributed engines read unchanged.
/// </summary>
public static class EventsExport
{
    public static Command Create(CliEnvironment environment, EventFilters filters)
    {
        var actors = new Argument<string[]>("actors") { Description = "Optionally two actors: export only that dyad's events.", Arity = new ArgumentArity(0, 2) };
        var format = new Option<string>("--format") { Description = "csv | parquet (hive-partitioned by year and month).", Required = true };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var output = new Option<string>("--out", "-o") { Description = "A .csv file, or the folder for Parquet.", Required = true };
        var command = new Command("export", "Export events as CSV or hive-partitioned Parquet (readable by Spark, Trino, ClickHouse, BigQuery).") { actors, format, output };
        command.SetAction((parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var dyads = context.Value(actors) is { Length: > 0 } given ? filters.Queries(context, given) : [];
            if (dyads.Count > 1)
            {
                throw new CliException(ExitCodes.Usage, "export takes one dyad at most");
            }

            using var warehouse = context.OpenWarehouse();
            var path = context.Value(output)!;
            var rows = warehouse.Export(path, context.Value(format) == "parquet" ? ExportFormat.Parquet : ExportFormat.Csv, dyads.Count == 1 ? dyads[0] : null);
            if (context.Json)
            {
                context.WriteJson(new { path = Path.GetFullPath(path), rows });
            }

            context.Note($"{rows} event(s) written to {Path.GetFullPath(path)}{(dyads.Count == 1 ? $" ({EventsCommand.Describe(dyads[0])})" : "")}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
