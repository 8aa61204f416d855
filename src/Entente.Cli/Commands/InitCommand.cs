using System.CommandLine;
using Entente.Cli.Hosting;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente init`: create (or upgrade) the store and load the shipped cases; safe to repeat. A shipped record the user
/// replaced with their own bundle is kept and reported, unless `--reset-shipped` asks for the shipped version back.
/// </summary>
public static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var reset = new Option<bool>("--reset-shipped")
        {
            Description = "Restore shipped records that your own bundles replaced (your versions stay in the history).",
        };
        var command = new Command("init", "Create or upgrade the evidence store and load the shipped cases, keeping your changes to them.") { reset };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var existed = File.Exists(context.StorePath);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            IReadOnlyList<ShippedCaseLoad> loads = existed ? await ShippedCases.LoadAsync(store, context, context.Value(reset), cancellationToken) : context.ShippedLoads;

            var counts = await store.CountAsync(cancellationToken);
            var schema = await store.SchemaVersionAsync(cancellationToken);
            if (context.Json)
            {
                var cases = loads.Select(l => new { @case = l.Case, added = l.Added, updated = l.Updated, unchanged = l.Unchanged, kept = l.Summary.Kept, restored = l.Summary.Replaced });
                context.WriteJson(new { store = store.Location, schema, counts, cases });
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(Cells.Text("Store"), Cells.Text(store.Location));
            grid.AddRow(Cells.Text("Schema version"), Cells.Text(schema.ToString()));
            grid.AddRow(Cells.Text("Actors (added by bundles)"), Cells.Text(counts.Actors.ToString()));
            grid.AddRow(Cells.Text("Sources"), Cells.Text(counts.Sources.ToString()));
            grid.AddRow(Cells.Text("Evidence items"), Cells.Text(counts.Items.ToString()));
            grid.AddRow(Cells.Text("Imports"), Cells.Text(counts.Imports.ToString()));
            context.Out.Write(grid);
            return ExitCodes.Success;
        });
        return command;
    }
}
