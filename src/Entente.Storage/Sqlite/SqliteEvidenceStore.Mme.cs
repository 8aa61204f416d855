using Entente.Exercises;
using Entente.Serialization;
using Entente.Storage.Datasets;

namespace Entente.Storage.Sqlite;

/// <summary>
/// MME exercises become evidence: the items, the dataset's source record, each row's provenance and the rows that
/// could not be read are written in one transaction. The identical file imported again changes nothing.
/// </summary>
public sealed partial class SqliteEvidenceStore
{
    public async Task<DatasetImportSummary> ImportMmeAsync(MmeFile mme, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var recorded = false;
        await ImportWithAsync(mme.Exercises, mme.File.File, progress, async (session, token) =>
        {
            if (await SqliteDatasetStore.RecordFileAsync(session, mme.File, mme.Rejected, token) is not { } id)
            {
                return false;
            }

            foreach (var row in mme.Rows)
            {
                session.Execute("INSERT INTO mme_rows (file_id, mmeid, item_id, line, body) VALUES ($1, $2, $3, $4, $5);",
                    id, row.MmeId, row.ItemId, row.Line, EntenteJson.Serialize(row));
            }

            recorded = true;
            return true;
        }, cancellationToken);
        return new DatasetImportSummary(mme.File, !recorded, recorded ? mme.Rows.Count : 0);
    }
}
