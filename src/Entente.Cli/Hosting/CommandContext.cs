using System.CommandLine;
using Entente.Actors;
using Entente.Serialization;
using Entente.Storage;
using Entente.Storage.Sqlite;
using Spectre.Console;

namespace Entente.Cli.Hosting;

/// <summary>What one command invocation needs: the environment, its parsed options, the store and actor resolution.</summary>
public sealed class CommandContext(CliEnvironment environment, ParseResult parse)
{
    public CliEnvironment Environment { get; } = environment;
    public IAnsiConsole Out => Environment.Out;
    public bool Json => parse.GetValue(GlobalOptions.Json);
    public bool Csv => parse.GetValue(GlobalOptions.Csv);
    public string StorePath => StoreLocator.Resolve(parse.GetValue(GlobalOptions.Db), Environment.Variable);

    public string WarehousePath => WarehouseLocator.Resolve(parse.GetValue(GlobalOptions.Warehouse), StorePath, Environment.Variable);

    /// <summary>Opens (creating if needed) the event warehouse.</summary>
    public Entente.Warehouse.EventWarehouse OpenWarehouse()
    {
        var path = WarehousePath;
        if (!File.Exists(path))
        {
            Note($"Created the event warehouse at {path}.");
        }

        return Entente.Warehouse.EventWarehouse.Open(path);
    }

    public T? Value<T>(Option<T> option) => parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => parse.GetValue(argument);

    /// <summary>Opens the store; a store that does not exist yet is created and given the shipped cases.</summary>
    public async Task<IEvidenceStore> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var path = StorePath;
        var isNew = !File.Exists(path);
        var store = await SqliteEvidenceStore.OpenAsync(path, cancellationToken);
        if (isNew)
        {
            Note($"Created the evidence store at {path}.");
            await ShippedCases.LoadAsync(store, this, cancellationToken);
        }

        return store;
    }

    public static async Task<ActorRegistry> RegistryAsync(IEvidenceStore store, CancellationToken cancellationToken) =>
        ActorRegistry.Shipped.With((await store.ActorsAsync(cancellationToken)).Where(a => !ActorRegistry.Shipped.Contains(a.Id)));

    /// <summary>Resolves an actor as typed, says on stderr what it resolved to, and fails with the candidates when ambiguous.</summary>
    public Actor ResolveActor(ActorRegistry registry, string input)
    {
        var resolution = registry.Resolve(input);
        if (resolution.Actor is null)
        {
            throw new CliException(ExitCodes.Usage, resolution.Describe());
        }

        if (!string.Equals(resolution.Actor.Id, input, StringComparison.Ordinal))
        {
            Note($"Actor {resolution.Describe()}.");
        }

        return resolution.Actor;
    }

    /// <summary>A line for the human on stderr, never mixed into stdout results.</summary>
    public void Note(string message) => Environment.Error.WriteLine(Display.Safe(message));

    public void WriteJson<T>(T value) => Out.Profile.Out.Writer.WriteLine(EntenteJson.Serialize(value, indented: true));

    /// <summary>Figures as JSON (the typed records), CSV, or a table, as the user asked.</summary>
    public void WriteFigures<T>(T records, Tabular rows, string title)
    {
        if (Json)
        {
            WriteJson(records);
        }
        else if (Csv)
        {
            WriteCsv(rows);
        }
        else
        {
            Out.Write(rows.ToTable(title));
        }
    }

    /// <summary>Rows as CSV on stdout, through the one CSV writer.</summary>
    public void WriteCsv(Tabular rows) => rows.WriteCsv(Out.Profile.Out.Writer);

    /// <summary>Opens the SIPRI side of the same store file, creating the store (and loading the shipped cases) first if it is new.</summary>
    public async Task<Storage.ArmsTrade.SqliteArmsTradeStore> OpenArmsTradeAsync(CancellationToken cancellationToken)
    {
        await (await OpenStoreAsync(cancellationToken)).DisposeAsync();
        return await Storage.ArmsTrade.SqliteArmsTradeStore.OpenAsync(StorePath, cancellationToken);
    }
}
