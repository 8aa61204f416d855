using System.Globalization;
using Entente.ArmsTrade;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.ArmsTrade;

/// <summary>
/// SIPRI data in the embedded store file, kept per imported file and release. A file is stored whole in one
/// transaction or not at all, and the identical file (same SHA-256) imported again changes nothing.
/// </summary>
public sealed partial class SqliteArmsTradeStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _path;

    private SqliteArmsTradeStore(SqliteConnection connection, string path) => (_connection, _path) = (connection, path);

    public static async Task<SqliteArmsTradeStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        new(await SqliteDatabase.OpenAsync(path, cancellationToken), path);

    /// <summary>Every public call goes through here, so the driver's errors reach callers as a <see cref="StoreException"/> naming the file.</summary>
    private Task<T> Guard<T>(Func<Task<T>> action) => SqliteErrors.GuardAsync(_path, action);

    /// <summary>Imported files, newest release first.</summary>
    public Task<IReadOnlyList<SipriRelease>> FilesAsync(CancellationToken cancellationToken = default) => Guard<IReadOnlyList<SipriRelease>>(async () =>
    {
        var files = new List<SipriRelease>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT release, generated_at, layout, origin, sha256, first_year, last_year FROM sipri_files ORDER BY release DESC, id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new SipriRelease(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                Enum.Parse<SipriLayout>(reader.GetString(2)), reader.GetString(3), reader.GetString(4))
            { FirstYear = reader.GetInt32(5), LastYear = reader.GetInt32(6) });
        }

        return files;
    });

    /// <summary>
    /// Releases with a delivery register (the only layout with per-year TIV), the default first: the release whose
    /// register reaches the latest year, the newest of those. `trade`, `market`, `deals` and `claims check` all choose from it.
    /// </summary>
    public async Task<IReadOnlyList<string>> RegisterReleasesAsync(CancellationToken cancellationToken = default) =>
        [.. (await FilesAsync(cancellationToken)).Where(f => f.Layout == SipriLayout.DeliveryRegister)
            .OrderByDescending(f => f.LastYear).ThenByDescending(f => f.Generated).Select(f => f.Id).Distinct()];

    /// <summary>
    /// The delivery matrix of a release: its delivery registers' rows, one per deal and year even if two files of the
    /// release overlap, over the union of their year ranges. Null when the release has no delivery register.
    /// </summary>
    public Task<TradeMatrix?> MatrixAsync(string release, Entente.Actors.ActorRegistry registry, CancellationToken cancellationToken = default) => Guard<TradeMatrix?>(async () =>
    {
        var registers = (await FilesAsync(cancellationToken)).Where(f => f.Id == release && f.Layout == SipriLayout.DeliveryRegister).ToList();
        if (registers.Count == 0)
        {
            return null;
        }

        var deliveries = new List<Delivery>();
        var seen = new HashSet<(string Deal, int Year)>();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT d.deal_key, d.supplier, d.recipient, d.year, d.tiv, d.number, d.category, d.line
            FROM sipri_deliveries d JOIN sipri_files f ON f.id = d.file_id
            WHERE f.release = $release AND f.layout = 'DeliveryRegister'
            ORDER BY f.id, d.line;
            """;
        command.Parameters.AddWithValue("$release", release);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (reader.Read())
        {
            // Two registers of one release may overlap; a deal's delivery in a year counts once.
            if (!seen.Add((reader.GetString(0), reader.GetInt32(3))))
            {
                continue;
            }

            deliveries.Add(new Delivery(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                decimal.Parse(reader.GetString(4), CultureInfo.InvariantCulture))
            {
                Number = reader.IsDBNull(5) ? null : reader.GetInt32(5),
                Category = reader.IsDBNull(6) ? null : reader.GetString(6),
                Line = reader.GetInt32(7),
            });
        }

        var coverage = registers[0] with
        {
            File = string.Join(", ", registers.Select(r => Path.GetFileName(r.File))),
            FirstYear = registers.Min(r => r.FirstYear),
            LastYear = registers.Max(r => r.LastYear),
        };
        return new TradeMatrix(coverage, deliveries, registry);
    });

    /// <summary>The values of a release's TIV tables of one layout (exporter, importer or regional).</summary>
    public Task<IReadOnlyList<TivTableValue>> TableValuesAsync(string release, SipriLayout layout, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<TivTableValue>>(async () =>
    {
        var values = new List<TivTableValue>();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT v.actor, v.year, v.tiv, v.region, v.line FROM sipri_table_values v JOIN sipri_files f ON f.id = v.file_id
            WHERE f.release = $release AND f.layout = $layout ORDER BY v.actor, v.year;
            """;
        command.Parameters.AddWithValue("$release", release);
        command.Parameters.AddWithValue("$layout", layout.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(new TivTableValue(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : decimal.Parse(reader.GetString(2), CultureInfo.InvariantCulture))
            {
                Region = reader.IsDBNull(3) ? null : reader.GetString(3),
                Line = reader.GetInt32(4),
            });
        }

        return values;
    });

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
