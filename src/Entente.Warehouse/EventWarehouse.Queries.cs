using System.Text;
using Entente.Cameo;
using Entente.Warehouse.Queries;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>The series of one dyad, one point per period that has events (a period without events is absent, not zero).</summary>
    public IReadOnlyList<DyadSeriesPoint> DyadSeries(DyadQuery query) => Guard("answer the series query", () => ReadSeries(query));

    /// <summary>The most frequent CAMEO codes of a dyad in the query's period, with their labels from the shipped codebook.</summary>
    public IReadOnlyList<TopCode> TopCodes(DyadQuery query, int limit = 10) => Guard("answer the top-codes query", () => ReadTopCodes(query, limit));

    /// <summary>Events per dataset, for saying where a series' numbers come from.</summary>
    public IReadOnlyDictionary<string, long> DatasetCounts(DyadQuery query) => Guard("count the events per dataset", () => ReadDatasetCounts(query));

    private List<DyadSeriesPoint> ReadSeries(DyadQuery query)
    {
        var (where, parameters) = Filter(query);
        var period = query.By switch
        {
            SeriesPeriod.Day => "event_date",
            SeriesPeriod.Year => "date_trunc('year', event_date)",
            _ => "date_trunc('month', event_date)",
        };
        using var command = Command($"""
            SELECT CAST({period} AS DATE) AS period, count(*),
                   count(DISTINCT signature),
                   CAST(sum(coalesce(num_articles, 1)) AS BIGINT), CAST(sum(coalesce(num_sources, 1)) AS BIGINT), CAST(sum(coalesce(num_mentions, 1)) AS BIGINT),
                   avg(CASE WHEN quad_class = 1 THEN 1.0 ELSE 0 END), avg(CASE WHEN quad_class = 2 THEN 1.0 ELSE 0 END),
                   avg(CASE WHEN quad_class = 3 THEN 1.0 ELSE 0 END), avg(CASE WHEN quad_class = 4 THEN 1.0 ELSE 0 END),
                   avg(goldstein), sum(goldstein), avg(avg_tone)
            FROM dyad_events WHERE {where}
            GROUP BY 1 ORDER BY 1
            """, parameters);
        using var reader = command.ExecuteReader();
        var points = new List<DyadSeriesPoint>();
        while (reader.Read())
        {
            points.Add(new DyadSeriesPoint
            {
                Dyad = query.Label,
                Period = reader.GetFieldValue<DateOnly>(0),
                Events = reader.GetInt64(1),
                DistinctEvents = reader.GetInt64(2),
                Articles = reader.GetInt64(3),
                Sources = reader.GetInt64(4),
                Mentions = reader.GetInt64(5),
                VerbalCooperationShare = reader.GetDouble(6),
                MaterialCooperationShare = reader.GetDouble(7),
                VerbalConflictShare = reader.GetDouble(8),
                MaterialConflictShare = reader.GetDouble(9),
                MeanGoldstein = reader.IsDBNull(10) ? null : reader.GetDouble(10),
                SumGoldstein = reader.IsDBNull(11) ? null : reader.GetDouble(11),
                MeanTone = reader.IsDBNull(12) ? null : reader.GetDouble(12),
            });
        }

        return points;
    }

    private List<TopCode> ReadTopCodes(DyadQuery query, int limit)
    {
        var (where, parameters) = Filter(query);
        using var command = Command($"""
            SELECT t.term, c.n, c.share, c.goldstein
            FROM (SELECT event_code, count(*) AS n, count(*) / sum(count(*)) OVER () AS share, avg(goldstein) AS goldstein
                  FROM dyad_events WHERE {where} GROUP BY event_code) c
            JOIN terms t ON t.term_key = c.event_code
            ORDER BY c.n DESC, t.term LIMIT {limit}
            """, parameters);
        using var reader = command.ExecuteReader();
        var codes = new List<TopCode>();
        while (reader.Read())
        {
            var code = reader.GetString(0);
            codes.Add(new TopCode(code, CameoCodebook.Shipped.Event(code)?.Label, reader.GetInt64(1), reader.GetDouble(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        }

        return codes;
    }

    private Dictionary<string, long> ReadDatasetCounts(DyadQuery query)
    {
        var (where, parameters) = Filter(query);
        using var command = Command($"""
            SELECT t.term, c.n FROM (SELECT dataset, count(*) AS n FROM dyad_events WHERE {where} GROUP BY 1) c
            JOIN terms t ON t.term_key = c.dataset ORDER BY 1
            """, parameters);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>
    /// The SQL condition selecting a query's rows by term keys, in `dyad_events` (<paramref name="dyadEvents"/>) or in
    /// `event_rows`: the dyad with each side's actor types, then codes, dates and datasets. Keys are looked up first and written into
    /// the SQL as numbers; a value that never occurs in the warehouse selects nothing. Dates are parameters.
    /// </summary>
    internal (string Where, object?[] Parameters) Filter(DyadQuery query, bool dyadEvents = true)
    {
        var nothing = ("FALSE", Array.Empty<object?>());
        if (TermKeys([query.Actor1]) is not [var a] || TermKeys([query.Actor2]) is not [var b]
            || SideTypes(query.Actor1Types, query.ActorTypes) is not { } types1 || SideTypes(query.Actor2Types, query.ActorTypes) is not { } types2)
        {
            return nothing;
        }

        var forward = Side(a, types1, b, types2);
        var pair = query.Directed ? forward : $"(({forward}) OR ({Side(b, types2, a, types1)}))";
        var anyWay = !query.Directed && types1.Count == 0 && types2.Count == 0;
        var sql = new StringBuilder(!dyadEvents ? pair
            : anyWay ? $"dyad_key = {Ingest.DyadRow.KeyOf(a, b)}"
            : $"dyad_key = {Ingest.DyadRow.KeyOf(a, b)} AND {pair}");
        if (query.Codes.Count > 0)
        {
            if (TermKeysStartingWith(query.Codes) is not { Count: > 0 } codes)
            {
                return nothing;
            }

            sql.Append($" AND event_code IN ({string.Join(", ", codes)})");
        }

        if (query.Datasets.Count > 0)
        {
            if (TermKeys(query.Datasets) is not { Count: > 0 } datasets)
            {
                return nothing;
            }

            sql.Append($" AND dataset IN ({string.Join(", ", datasets)})");
        }

        var parameters = new List<object?>();
        if (query.From is { } from)
        {
            sql.Append(" AND event_date >= ?");
            parameters.Add(from);
        }

        if (query.To is { } to)
        {
            sql.Append(" AND event_date <= ?");
            parameters.Add(to);
        }

        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>Rows from actor key <paramref name="a"/> to <paramref name="b"/>, each side with its type keys (empty: any type).</summary>
    private static string Side(uint a, IReadOnlyList<uint> typesA, uint b, IReadOnlyList<uint> typesB) =>
        $"actor1_id = {a} AND actor2_id = {b}" +
        (typesA.Count > 0 ? $" AND actor1_type IN ({string.Join(", ", typesA)})" : "") +
        (typesB.Count > 0 ? $" AND actor2_type IN ({string.Join(", ", typesB)})" : "");

    /// <summary>
    /// The type keys one side must carry: its own types and those both sides must carry, together (an empty list means
    /// any type); null when the types can never match (none stored, or the two lists share none).
    /// </summary>
    private IReadOnlyList<uint>? SideTypes(IReadOnlyList<string> side, IReadOnlyList<string> both)
    {
        var wanted = side.Count == 0 ? both : both.Count == 0 ? side : side.Intersect(both, StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return side.Count == 0 && both.Count == 0 ? [] : null;
        }

        return TermKeys(wanted) is { Count: > 0 } keys ? keys : null;
    }
}
