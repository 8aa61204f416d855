using Entente.Storage.ArmsTrade;
using Entente.Storage.Datasets;
using Entente.Testing;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests.Sqlite;

/// <summary>
/// No store lets the SQLite driver's exception out: a damaged store (here, a table dropped behind its back) surfaces as a
/// <see cref="StoreException"/> that names the file, from the SIPRI and the dataset tables as from the evidence.
/// </summary>
public sealed class DriverErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Db => _temp.File("entente.db");

    [Fact]
    public async Task The_SIPRI_tables_report_a_damaged_store_as_a_store_error_naming_the_file()
    {
        await using var store = await SqliteArmsTradeStore.OpenAsync(Db, TestContext.Current.CancellationToken);
        Damage("DROP TABLE sipri_files;");

        var error = await Assert.ThrowsAsync<StoreException>(() => store.FilesAsync(TestContext.Current.CancellationToken));

        Assert.Contains(Db, error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task The_dataset_tables_report_a_damaged_store_as_a_store_error_naming_the_file()
    {
        await using var store = await SqliteDatasetStore.OpenAsync(Db, TestContext.Current.CancellationToken);
        Damage("DROP TABLE dataset_rejects;");

        var error = await Assert.ThrowsAsync<StoreException>(() => store.RejectsAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(Db, error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    private void Damage(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _temp.Dispose();
}
