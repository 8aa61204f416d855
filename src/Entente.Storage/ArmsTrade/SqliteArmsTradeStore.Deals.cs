using System.Globalization;
using Entente.ArmsTrade;
using Entente.Serialization;

namespace Entente.Storage.ArmsTrade;

/// <summary>Deals read back per release, with their delivery rows, counted once even when two files of a release overlap.</summary>
public sealed partial class SqliteArmsTradeStore
{
    /// <summary>Deals between two actors in a release (either layout of register), with numbers and TIV summed from their deliveries.</summary>
    public async Task<IReadOnlyList<ArmsDeal>> DealsAsync(string release, string supplier, string recipient, CancellationToken cancellationToken = default) =>
        [.. (await DealsAsync(release, new DealQuery(supplier, recipient), cancellationToken)).Select(f => f.Deal).OrderBy(d => d.OrderYear).ThenBy(d => d.Key, StringComparer.Ordinal)];

    /// <summary>The deals behind a dyad's figures in a release; see <see cref="DealList"/>.</summary>
    public Task<IReadOnlyList<DealFigure>> DealsAsync(string release, DealQuery query, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<DealFigure>>(async () =>
    {
        var deals = new List<ArmsDeal>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT d.deal_key, d.body FROM sipri_deals d JOIN sipri_files f ON f.id = d.file_id
                WHERE f.release = $release AND d.supplier = $s AND d.recipient = $r ORDER BY f.id, d.line;
                """;
            Bind(command, release, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (keys.Add(reader.GetString(0)))
                {
                    deals.Add(EntenteJson.Deserialize<ArmsDeal>(reader.GetString(1)));
                }
            }
        }

        var deliveries = new List<Delivery>();
        var seen = new HashSet<(string Deal, int Year)>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT d.deal_key, d.year, d.tiv, d.number, d.number_estimated, d.year_estimated, d.category, d.line
                FROM sipri_deliveries d JOIN sipri_files f ON f.id = d.file_id
                WHERE f.release = $release AND f.layout = 'DeliveryRegister' AND d.supplier = $s AND d.recipient = $r ORDER BY f.id, d.line;
                """;
            Bind(command, release, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (seen.Add((reader.GetString(0), reader.GetInt32(1))))
                {
                    deliveries.Add(new Delivery(reader.GetString(0), query.Supplier, query.Recipient, reader.GetInt32(1), decimal.Parse(reader.GetString(2), CultureInfo.InvariantCulture))
                    {
                        Number = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                        NumberEstimated = reader.GetBoolean(4),
                        YearEstimated = reader.GetBoolean(5),
                        Category = reader.IsDBNull(6) ? null : reader.GetString(6),
                        Line = reader.GetInt32(7),
                    });
                }
            }
        }

        return DealList.Select(query, deals, deliveries);
    });

    private static void Bind(Microsoft.Data.Sqlite.SqliteCommand command, string release, DealQuery query)
    {
        command.Parameters.AddWithValue("$release", release);
        command.Parameters.AddWithValue("$s", query.Supplier);
        command.Parameters.AddWithValue("$r", query.Recipient);
    }
}
