using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>A real warehouse file in a temp folder, deleted afterwards.</summary>
internal sealed class WarehouseFixture : IDisposable
{
    public WarehouseFixture(EventWarehouseOptions? options = null)
    {
        Options = options;
        Warehouse = EventWarehouse.Open(Dir.File("events.duckdb"), options);
    }

    public EventWarehouseOptions? Options { get; }

    public TempDirectory Dir { get; } = new();

    public EventWarehouse Warehouse { get; private set; }

    public void Reopen()
    {
        Warehouse.Dispose();
        Warehouse = EventWarehouse.Open(Dir.File("events.duckdb"), Options);
    }

    public long Count(string sql) => Warehouse.Scalar<long>(sql);

    public void Dispose()
    {
        Warehouse.Dispose();
        Dir.Dispose();
    }
}
