using System.Globalization;
using Entente.Ach;
using Entente.Serialization;
using Entente.Storage.Sqlite;

namespace Entente.Storage.Analysis;

public sealed partial class SqliteAnalysisStore
{
    /// <summary>Cases that have a matrix.</summary>
    public Task<List<string>> CasesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("SELECT case_id FROM ach_matrices ORDER BY case_id;", r => r.GetString(0), cancellationToken);

    /// <summary>A case's matrix as it stands: hypotheses, rows in order, and each cell's latest rating.</summary>
    public async Task<AchSheet?> SheetAsync(string caseName, CancellationToken cancellationToken = default)
    {
        var matrix = await ReadAsync("SELECT question, author, hypotheses FROM ach_matrices WHERE case_id = $1;",
            r => (Question: r.IsDBNull(0) ? null : r.GetString(0), Author: r.GetString(1), Hypotheses: EntenteJson.Deserialize<List<Hypothesis>>(r.GetString(2))), cancellationToken, caseName);
        if (matrix.Count == 0)
        {
            return null;
        }

        var rows = await ReadAsync("SELECT item_id, relevance, credibility, credibility_reason, cautions FROM ach_rows WHERE case_id = $1 ORDER BY ordinal;",
            r => new AchSheetRow(r.GetString(0), Enum.Parse<AchLevel>(r.GetString(1)))
            {
                Credibility = r.IsDBNull(2) ? null : Enum.Parse<AchLevel>(r.GetString(2)),
                CredibilityReason = r.IsDBNull(3) ? null : r.GetString(3),
                Cautions = (AchCaution)r.GetInt32(4),
            }, cancellationToken, caseName);
        var cells = await ReadAsync("""
            SELECT item_id, hypothesis, rating, why FROM ach_ratings a
            WHERE case_id = $1 AND revision_id = (SELECT max(revision_id) FROM ach_ratings b WHERE b.case_id = a.case_id AND b.item_id = a.item_id AND b.hypothesis = a.hypothesis);
            """, r => new AchCell(r.GetString(0), r.GetString(1), Enum.Parse<AchRating>(r.GetString(2)), r.GetString(3)), cancellationToken, caseName);
        var (question, author, hypotheses) = matrix[0];
        return new AchSheet { Case = caseName, Question = question, Author = author, Hypotheses = hypotheses, Rows = rows, Cells = cells };
    }

    /// <summary>Every revision that changed a case's ratings, oldest first, with the cells it wrote.</summary>
    public async Task<IReadOnlyList<AchRevision>> AchRevisionsAsync(string caseName, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync("""
            SELECT r.id, r.at, r.author, r.origin, a.item_id, a.hypothesis, a.rating, a.why
            FROM ach_ratings a JOIN analysis_revisions r ON r.id = a.revision_id WHERE a.case_id = $1 ORDER BY r.id, a.item_id, a.hypothesis;
            """, r => (Id: r.GetInt64(0), At: DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), Author: r.GetString(2), Origin: r.GetString(3),
                Cell: new AchCell(r.GetString(4), r.GetString(5), Enum.Parse<AchRating>(r.GetString(6)), r.GetString(7))), cancellationToken, caseName);
        return [.. rows.GroupBy(r => r.Id).Select(g => new AchRevision(g.Key, g.First().At, g.First().Author, g.First().Origin, [.. g.Select(r => r.Cell)]))];
    }

    /// <summary>Rates one cell; refused when the case has no matrix, the hypothesis is not in it, or the item does not exist.</summary>
    public async Task RateAsync(string caseName, AchCell cell, string author, AchLevel relevance = AchLevel.Medium, CancellationToken cancellationToken = default)
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var hypotheses = await session.ScalarAsync("SELECT hypotheses FROM ach_matrices WHERE case_id = $1;", cancellationToken, caseName) as string
            ?? throw new AnalysisInputException($"case '{caseName}' has no ACH matrix; import a bundle with an 'ach:' section first", notFound: true);
        var known = EntenteJson.Deserialize<List<Hypothesis>>(hypotheses).Select(h => h.Id).ToList();
        if (!known.Contains(cell.Hypothesis))
        {
            throw new AnalysisInputException($"'{cell.Hypothesis}' is not a hypothesis of case '{caseName}'; it has: {string.Join(", ", known)}", notFound: true);
        }

        if (!await ItemExistsAsync(session, cell.Item, cancellationToken))
        {
            throw new AnalysisInputException($"no evidence item '{cell.Item}' in the store; a rating must rest on an item that exists", notFound: true);
        }

        var revision = await RevisionAsync(session, "ach", caseName, author, "cli", cancellationToken);
        await session.ExecuteAsync("""
            INSERT INTO ach_rows (case_id, item_id, ordinal, relevance, revision_id)
            VALUES ($1, $2, (SELECT coalesce(max(ordinal), 0) + 1 FROM ach_rows WHERE case_id = $1), $3, $4) ON CONFLICT DO NOTHING;
            """, cancellationToken, caseName, cell.Item, relevance.ToString(), revision);
        await session.ExecuteAsync("INSERT INTO ach_ratings (revision_id, case_id, item_id, hypothesis, rating, why) VALUES ($1, $2, $3, $4, $5, $6);",
            cancellationToken, revision, caseName, cell.Item, cell.Hypothesis, cell.Rating.ToString(), cell.Why);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes a sheet inside an import: the matrix and rows as given, and only the cells whose rating or justification changed.</summary>
    private static async Task<(int Matrices, int Ratings)> ImportSheetAsync(SqliteWriteSession session, AchSheet sheet, long revision, CancellationToken cancellationToken)
    {
        foreach (var row in sheet.Rows)
        {
            if (!await ItemExistsAsync(session, row.Item, cancellationToken))
            {
                throw new AnalysisInputException($"the ACH matrix of case '{sheet.Case}' has a row for item '{row.Item}', which is not in the store", notFound: true);
            }
        }

        var hypotheses = EntenteJson.Serialize(sheet.Hypotheses);
        var changed = await session.ExecuteAsync("""
            INSERT INTO ach_matrices (case_id, question, author, hypotheses, revision_id) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (case_id) DO UPDATE SET question = excluded.question, author = excluded.author, hypotheses = excluded.hypotheses, revision_id = excluded.revision_id
            WHERE ach_matrices.hypotheses IS NOT excluded.hypotheses OR ach_matrices.question IS NOT excluded.question;
            """, cancellationToken, sheet.Case, sheet.Question, sheet.Author, hypotheses, revision);
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var row = sheet.Rows[i];
            await session.ExecuteAsync("""
                INSERT INTO ach_rows (case_id, item_id, ordinal, relevance, credibility, credibility_reason, cautions, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (case_id, item_id) DO UPDATE SET ordinal = excluded.ordinal, relevance = excluded.relevance, credibility = excluded.credibility,
                    credibility_reason = excluded.credibility_reason, cautions = excluded.cautions, revision_id = excluded.revision_id
                WHERE (ach_rows.ordinal, ach_rows.relevance, ach_rows.credibility, ach_rows.credibility_reason, ach_rows.cautions)
                    IS NOT (excluded.ordinal, excluded.relevance, excluded.credibility, excluded.credibility_reason, excluded.cautions);
                """, cancellationToken, sheet.Case, row.Item, i + 1, row.Relevance.ToString(), row.Credibility?.ToString(), row.CredibilityReason, (int)row.Cautions, revision);
        }

        var ratings = 0;
        foreach (var cell in sheet.Cells)
        {
            ratings += await session.ExecuteAsync("""
                INSERT INTO ach_ratings (revision_id, case_id, item_id, hypothesis, rating, why)
                SELECT $1, $2, $3, $4, $5, $6
                WHERE NOT EXISTS (SELECT 1 FROM ach_ratings a WHERE a.case_id = $2 AND a.item_id = $3 AND a.hypothesis = $4 AND a.rating = $5 AND a.why = $6
                    AND a.revision_id = (SELECT max(revision_id) FROM ach_ratings b WHERE b.case_id = $2 AND b.item_id = $3 AND b.hypothesis = $4));
                """, cancellationToken, revision, sheet.Case, cell.Item, cell.Hypothesis, cell.Rating.ToString(), cell.Why);
        }

        return (changed, ratings);
    }
}
