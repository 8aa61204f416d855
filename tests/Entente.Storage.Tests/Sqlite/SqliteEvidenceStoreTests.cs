using Entente.Storage.Sqlite;
using Entente.Storage.Tests.Conformance;
using Entente.Testing;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests.Sqlite;

/// <summary>The conformance suite on a real SQLite file, plus what is particular to the embedded backend.</summary>
public sealed class SqliteEvidenceStoreTests : EvidenceStoreConformance
{
    private readonly TempDirectory _dir = new();

    private string DbPath => _dir.File("evidence.db");

    protected override async Task<IEvidenceStore> OpenEmptyAsync() => await SqliteEvidenceStore.OpenAsync(DbPath);

    /// <summary>The highest NNNN of the migration scripts in the source tree, read independently of the embedded resources.</summary>
    protected override int LatestSchemaVersion => Directory.EnumerateFiles(MigrationsFolder, "*.sql")
        .Select(f => int.Parse(Path.GetFileName(f)[..4], System.Globalization.CultureInfo.InvariantCulture)).Max();

    private static string MigrationsFolder => Path.Combine(Repository.Root, "src", "Entente.Storage", "Sqlite", "Migrations");

    protected override async Task<IEvidenceStore> ReopenAsync() => await SqliteEvidenceStore.OpenAsync(DbPath);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task The_store_file_runs_in_WAL_mode()
    {
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public void Every_migration_script_is_embedded_and_numbered_without_gaps()
    {
        var files = Directory.EnumerateFiles(MigrationsFolder, "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, SqliteEvidenceStore.SchemaVersions.Select(v => v.Name));
        Assert.Equal(Enumerable.Range(1, files.Count), SqliteEvidenceStore.SchemaVersions.Select(v => v.Version));
    }

    [Fact]
    public async Task Opening_creates_missing_folders()
    {
        var nested = _dir.File(Path.Combine("a", "b", "c.db"));

        await using var store = await SqliteEvidenceStore.OpenAsync(nested);

        Assert.True(File.Exists(nested));
    }

    [Fact]
    public async Task A_store_from_a_newer_Entente_is_refused_not_damaged()
    {
        await Store.DisposeAsync();
        await ExecuteAsync("PRAGMA user_version = 999;");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteEvidenceStore.OpenAsync(DbPath));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade Entente", error.Message, StringComparison.Ordinal);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Equal("999", await ScalarAsync("PRAGMA user_version;"));
        Store = await OpenEmptyFreshAsync();
    }

    [Fact]
    public async Task The_database_passes_an_integrity_check_after_imports()
    {
        await ImportAsync(SampleEvidence.Bundle);
        await ImportAsync(SampleEvidence.Bundle with { Items = [SampleEvidence.Vostok with { Summary = "edited" }] });

        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check;"));
        Assert.Equal("0", await ScalarAsync("SELECT count(*) FROM pragma_foreign_key_check;"));
    }

    private async Task<IEvidenceStore> OpenEmptyFreshAsync()
    {
        File.Delete(DbPath);
        return await SqliteEvidenceStore.OpenAsync(DbPath);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task ExecuteAsync(string sql) => ScalarAsync(sql);
}
