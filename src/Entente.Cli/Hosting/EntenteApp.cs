using System.CommandLine;
using Entente.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Hosting;

/// <summary>The `entente` command tree and its invocation: parse, run, map failures to exit statuses.</summary>
public static class EntenteApp
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("Entente: a workbench for cited, graded evidence on defence cooperation between states.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Warehouse);
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.Csv);
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(ActorsCommand.Create(environment));
        root.Subcommands.Add(EvidenceCommand.Create(environment));
        root.Subcommands.Add(ShowCommand.Create(environment));
        root.Subcommands.Add(SourcesCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(TradeCommand.Create(environment));
        root.Subcommands.Add(MarketCommand.Create(environment));
        root.Subcommands.Add(ClaimsCommand.Create(environment));
        root.Subcommands.Add(EventsCommand.Create(environment));
        root.Subcommands.Add(LintCommand.Create(environment));
        root.Subcommands.Add(BriefCommand.Create(environment));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var parse = Build(environment).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"entente: {error.Message}");
            }

            await environment.Error.WriteLineAsync("Try 'entente --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = environment.Out.Profile.Out.Writer, Error = environment.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliException ex)
        {
            await environment.Error.WriteLineAsync($"entente: {ex.Message}");
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("entente: cancelled; the store is unchanged by the interrupted command.");
            return ExitCodes.Cancelled;
        }
        catch (Entente.Warehouse.WarehouseSchemaException ex)
        {
            await environment.Error.WriteLineAsync($"entente: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            await environment.Error.WriteLineAsync($"entente: the event warehouse could not be used: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (FileNotFoundException ex)
        {
            await environment.Error.WriteLineAsync($"entente: {ex.Message}");
            return ExitCodes.NotFound;
        }
        catch (SqliteException ex)
        {
            await environment.Error.WriteLineAsync($"entente: the evidence store could not be used: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
