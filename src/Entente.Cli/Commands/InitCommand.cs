using System.CommandLine;
using Entente.Cli.Hosting;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente init`: create (or upgrade) the store and load the shipped cases; safe to repeat.</summary>
public static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("init", "Create or upgrade the evidence store and load the shipped cases.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var existed = File.Exists(context.StorePath);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            if (existed)
            {
                await Hosting.ShippedCases.LoadAsync(store, context, cancellationToken);
            }

            var counts = await store.CountAsync(cancellationToken);
            var schema = await store.SchemaVersionAsync(cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new { store = store.Location, schema, counts });
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
