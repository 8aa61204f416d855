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
    public string StorePath => StoreLocator.EvidenceStore(parse.GetValue(GlobalOptions.Db), Environment.Variable);

    public string WarehousePath => StoreLocator.Warehouse(parse.GetValue(GlobalOptions.Warehouse), StorePath, Environment.Variable);

    /// <summary>The guard every command that writes a file must use: it protects this invocation's store and warehouse.</summary>
    public OutputGuard Output => new([("evidence store", StorePath), ("event warehouse", WarehousePath)]);

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

    /// <summary>Records a commit of a command that commits more than once, so that Ctrl+C can say what was kept.</summary>
    public void Committed(string what) => Environment.Commits.Add(what);

    public T? Value<T>(Option<T> option) => parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => parse.GetValue(argument);

    /// <summary>What loading the shipped cases did, when <see cref="OpenStoreAsync"/> created the store.</summary>
    public IReadOnlyList<ShippedCaseLoad> ShippedLoads { get; private set; } = [];

    /// <summary>The validator for a bundle headed for this store: it may cite the store's actors and sources.</summary>
    public static async Task<Import.Bundle.BundleValidator> ValidatorAsync(IEvidenceStore store, CancellationToken cancellationToken)
    {
        var sources = await store.QuerySourcesAsync(SourceQuery.All, cancellationToken);
        var known = new Import.Bundle.KnownRecords(await store.ActorsAsync(cancellationToken), sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
        return Import.Bundle.BundleValidator.Shipped.WithKnown(known);
    }

    /// <summary>Opens the store; a store that does not exist yet is created and given the shipped cases, here and only here.</summary>
    public async Task<IEvidenceStore> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var path = StorePath;
        var isNew = !File.Exists(path);
        var store = await SqliteEvidenceStore.OpenAsync(path, cancellationToken);
        if (isNew)
        {
            Note($"Created the evidence store at {path}.");
            try
            {
                ShippedLoads = await ShippedCases.LoadAsync(store, this, reset: false, cancellationToken);
            }
            catch
            {
                await store.DisposeAsync();
                throw;
            }
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

    /// <summary>
    /// Opens the SIPRI side of the same store file. A store file that does not exist yet is first created as every store
    /// is, with the shipped cases; an existing one is opened once, as the arms-trade store only.
    /// </summary>
    public async Task<Storage.ArmsTrade.SqliteArmsTradeStore> OpenArmsTradeAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(StorePath))
        {
            await using var created = await OpenStoreAsync(cancellationToken);
        }

        return await Storage.ArmsTrade.SqliteArmsTradeStore.OpenAsync(StorePath, cancellationToken);
    }
}
