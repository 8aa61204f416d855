using System.Globalization;

namespace Entente.Benchmarks;

/// <summary>
/// The strong DuckDB baseline's SQL: a table with the 35 columns of Entente's `events` view, filled by one
/// INSERT … SELECT from read_csv with all 61 GDELT 2.0 column types given.
/// </summary>
internal static class TypedBaseline
{
    public const string CreateTable = """
        CREATE TABLE events (
            dataset VARCHAR NOT NULL, event_id BIGINT NOT NULL, event_date DATE NOT NULL, date_added TIMESTAMP,
            actor1_id VARCHAR, actor1_code VARCHAR, actor1_name VARCHAR, actor1_country VARCHAR, actor1_type VARCHAR, actor1_sectors VARCHAR,
            actor2_id VARCHAR, actor2_code VARCHAR, actor2_name VARCHAR, actor2_country VARCHAR, actor2_type VARCHAR, actor2_sectors VARCHAR,
            is_root_event BOOLEAN, event_code VARCHAR NOT NULL, event_base_code VARCHAR, event_root_code VARCHAR, quad_class UTINYINT,
            goldstein DOUBLE, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, avg_tone DOUBLE, event_text VARCHAR,
            action_country VARCHAR, action_place VARCHAR, action_lat DOUBLE, action_long DOUBLE, publisher VARCHAR, source_url VARCHAR,
            import_id INTEGER NOT NULL, line BIGINT NOT NULL)
        """;

    /// <summary>GDELT 2.0's 61 columns: every one VARCHAR but those given a type here.</summary>
    private static readonly Dictionary<int, string> Types = new()
    {
        [0] = "BIGINT",
        [1] = "DATE",
        [25] = "INTEGER",
        [29] = "UTINYINT",
        [30] = "DOUBLE",
        [31] = "INTEGER",
        [32] = "INTEGER",
        [33] = "INTEGER",
        [34] = "DOUBLE",
        [56] = "DOUBLE",
        [57] = "DOUBLE",
        [59] = "TIMESTAMP",
    };

    public static string Insert(string file)
    {
        var columns = string.Join(", ", Enumerable.Range(0, 61).Select(i => $"'c{i}': '{Types.GetValueOrDefault(i, "VARCHAR")}'"));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            INSERT INTO events
            SELECT 'gdelt2', c0, c1, c59, c7, c5, c6, c7, c12, NULL, c17, c15, c16, c17, c22, NULL, c25 = 1, c26, c27, c28, c29, c30, c31, c32, c33,
                   c34, NULL, c53, c52, c56, c57, NULL, c60, 1, 0
            FROM read_csv('{{file}}', delim = '\t', header = false, quote = '', escape = '', auto_detect = false,
                          dateformat = '%Y%m%d', timestampformat = '%Y%m%d%H%M%S', columns = { {{columns}} })
            """);
    }
}
