using Entente.Exercises;
using Entente.Serialization;

namespace Entente.Storage.Datasets;

/// <summary>MME provenance: the dataset row each imported exercise item came from (the items themselves are in the evidence store).</summary>
public sealed partial class SqliteDatasetStore
{
    /// <summary>The MME rows behind evidence items (ids "mme-…"), newest import first; items not from MME are absent.</summary>
    public Task<IReadOnlyList<MmeRow>> MmeRowsAsync(IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<MmeRow>>(async () =>
    {
        var rows = new List<MmeRow>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT body FROM mme_rows WHERE item_id = $item ORDER BY file_id DESC;";
        var parameter = command.Parameters.Add("$item", Microsoft.Data.Sqlite.SqliteType.Text);
        foreach (var id in itemIds)
        {
            parameter.Value = id;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(EntenteJson.Deserialize<MmeRow>(reader.GetString(0)));
            }
        }

        return rows;
    });
}
