using System.Text;
using Entente.Cameo;
using Entente.Warehouse.Queries;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>The series of one dyad, one point per period that has events (a period without events is absent, not zero).</summary>
    public IReadOnlyList<DyadSeriesPoint> DyadSeries(DyadQuery query)
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
            FROM {Source(query)} WHERE {where}
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

    /// <summary>The most frequent CAMEO codes of a dyad in the query's period, with their labels from the shipped codebook.</summary>
    public IReadOnlyList<TopCode> TopCodes(DyadQuery query, int limit = 10)
    {
        var (where, parameters) = Filter(query);
        using var command = Command($"""
            SELECT event_code, count(*) AS n, count(*) / sum(count(*)) OVER () AS share, avg(goldstein)
            FROM {Source(query)} WHERE {where}
            GROUP BY event_code ORDER BY n DESC, event_code LIMIT {limit}
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

    /// <summary>Events per dataset, for saying where a series' numbers come from.</summary>
    public IReadOnlyDictionary<string, long> DatasetCounts(DyadQuery query)
    {
        var (where, parameters) = Filter(query);
        using var command = Command($"SELECT dataset, count(*) FROM {Source(query)} WHERE {where} GROUP BY 1 ORDER BY 1", parameters);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>
    /// The dyad's rows, selected by integer keys: `dyad_key` for an undirected dyad, `actor1_key`/`actor2_key` for a
    /// directed one. Keys are looked up first; an actor never seen in the events selects nothing.
    /// </summary>
    internal string Source(DyadQuery query)
    {
        var keys = Ingest.ActorKeys.Load(this);
        if (keys.Find(query.Actor1) is not { } a || keys.Find(query.Actor2) is not { } b)
        {
            return "(SELECT * FROM events WHERE FALSE)";
        }

        return query.Directed
            ? $"(SELECT * FROM events WHERE actor1_key = {a} AND actor2_key = {b})"
            : $"(SELECT * FROM events WHERE dyad_key = {Ingest.ActorKeys.DyadKey(a, b)})";
    }

    /// <summary>The filters other than the dyad itself (codes, dates, datasets), with their parameters.</summary>
    internal static (string Where, object?[] Parameters) Filter(DyadQuery query)
    {
        var sql = new StringBuilder("TRUE");
        var parameters = new List<object?>();

        if (query.Codes.Count > 0)
        {
            sql.Append(" AND (").AppendJoin(" OR ", query.Codes.Select(_ => "starts_with(event_code, ?)")).Append(')');
            parameters.AddRange(query.Codes);
        }

        if (query.ActorTypes.Count > 0)
        {
            var list = string.Join(", ", query.ActorTypes.Select(_ => "?"));
            sql.Append($" AND actor1_type IN ({list}) AND actor2_type IN ({list})");
            parameters.AddRange(query.ActorTypes);
            parameters.AddRange(query.ActorTypes);
        }

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

        if (query.Datasets.Count > 0)
        {
            sql.Append(" AND dataset IN (").AppendJoin(", ", query.Datasets.Select(_ => "?")).Append(')');
            parameters.AddRange(query.Datasets);
        }

        return (sql.ToString(), [.. parameters]);
    }
}
