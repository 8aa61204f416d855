using Entente.Web.Hosting;

// `dotnet run --project src/Entente.Web -- STORE.db [WAREHOUSE.duckdb]`; users start the workbench with `entente serve`.
var options = new WorkbenchOptions
{
    StorePath = args.FirstOrDefault(a => !a.StartsWith('-')) ?? Environment.GetEnvironmentVariable("ENTENTE_DB") ?? "entente.db",
    WarehousePath = args.Where(a => !a.StartsWith('-')).Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("ENTENTE_WAREHOUSE"),
};
var app = WorkbenchApp.Create(options, args);
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
