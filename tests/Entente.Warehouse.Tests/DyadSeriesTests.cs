using Entente.Warehouse.Queries;

namespace Entente.Warehouse.Tests;

/// <summary>
/// Series are read from `dyad_events`, a dyad-sorted copy of the series columns written beside `event_rows`; these
/// tests hold every figure it gives to a recount over the `events` view, across commit steps and sorted runs.
/// </summary>
public sealed class DyadSeriesTests
{
    [Fact]
    public void Every_event_between_two_registry_actors_is_in_the_dyad_table_once_across_commits_and_runs()
    {
        using var fixture = ImportedInSteps();

        var pairs = fixture.Count("SELECT count(*) FROM events WHERE actor1_id IS NOT NULL AND actor2_id IS NOT NULL");

        Assert.True(pairs > 100);
        Assert.Equal(pairs, fixture.Count("SELECT count(*) FROM dyad_events"));
    }

    [Fact]
    public void Monthly_series_of_the_busiest_dyads_equal_a_recount_over_the_events_view()
    {
        using var fixture = ImportedInSteps();
        var busiest = Pairs(fixture, 5);

        foreach (var (a, b) in busiest)
        {
            var series = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = a, Actor2 = b, By = SeriesPeriod.Month });
            var recount = Recount(fixture, a, b);

            Assert.Equal(recount.Count, series.Count);
            foreach (var point in series)
            {
                var expected = recount[point.Period];
                Assert.Equal(expected.Events, point.Events);
                Assert.Equal(expected.Distinct, point.DistinctEvents);
                Assert.Equal(expected.Articles, point.Articles);
                Assert.Equal(expected.Goldstein, point.SumGoldstein ?? 0, 6);
            }
        }
    }

    [Fact]
    public void A_directed_series_counts_one_direction_and_the_two_directions_make_the_undirected_one()
    {
        using var fixture = ImportedInSteps();
        var (a, b) = Pairs(fixture, 1).Single();

        var both = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = a, Actor2 = b }).Sum(p => p.Events);
        var forward = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = a, Actor2 = b, Directed = true }).Sum(p => p.Events);
        var backward = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = b, Actor2 = a, Directed = true }).Sum(p => p.Events);

        Assert.Equal(fixture.Count($"SELECT count(*) FROM events WHERE actor1_id = '{a}' AND actor2_id = '{b}'"), forward);
        Assert.Equal(both, forward + (a == b ? 0 : backward));
    }

    [Fact]
    public void A_type_on_one_side_follows_that_actor_whichever_column_it_is_in()
    {
        using var fixture = ImportedInSteps();
        var (a, b, type) = TypedPair(fixture);
        var expected = fixture.Count($"""
            SELECT count(*) FROM events
            WHERE (actor1_id = '{a}' AND actor1_type = '{type}' AND actor2_id = '{b}') OR (actor1_id = '{b}' AND actor2_id = '{a}' AND actor2_type = '{type}')
            """);

        var series = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = a, Actor2 = b, Actor1Types = [type] });
        var swapped = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = b, Actor2 = a, Actor2Types = [type] });

        Assert.True(expected > 0);
        Assert.Equal(expected, series.Sum(p => p.Events));
        Assert.Equal(expected, swapped.Sum(p => p.Events));
        Assert.Empty(fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = a, Actor2 = b, Actor1Types = [type], ActorTypes = ["ZZZ"] }));
    }

    [Fact]
    public void Actors_and_codes_never_seen_select_nothing()
    {
        using var fixture = ImportedInSteps();

        Assert.Empty(fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "ATA" }));
        Assert.Empty(fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", Codes = ["209"] }));
        Assert.Empty(fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", Datasets = ["icews"] }));
    }

    /// <summary>The four real GDELT files, committed every 5 000 rows, dyad rows sorted in runs of 700.</summary>
    private static WarehouseFixture ImportedInSteps()
    {
        var fixture = new WarehouseFixture(new EventWarehouseOptions { CommitEvery = 5_000, DyadRun = 700 });
        fixture.Warehouse.Import(RealEventFiles.GdeltEvents(), Readers.GdeltEvents);
        return fixture;
    }

    /// <summary>The dyad side with the most typed rows: its actor, the other actor, and the type.</summary>
    private static (string A, string B, string Type) TypedPair(WarehouseFixture fixture)
    {
        using var command = fixture.Warehouse.Command("""
            SELECT actor1_id, actor2_id, actor1_type, count(*) AS n FROM events
            WHERE actor1_id IS NOT NULL AND actor2_id IS NOT NULL AND actor1_id <> actor2_id AND actor1_type IS NOT NULL
            GROUP BY ALL ORDER BY n DESC, 1, 2, 3 LIMIT 1
            """);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    private static List<(string A, string B)> Pairs(WarehouseFixture fixture, int top)
    {
        using var command = fixture.Warehouse.Command($"""
            SELECT least(actor1_id, actor2_id), greatest(actor1_id, actor2_id), count(*) AS n FROM events
            WHERE actor1_id IS NOT NULL AND actor2_id IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT {top}
            """);
        using var reader = command.ExecuteReader();
        var pairs = new List<(string, string)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    private static Dictionary<DateOnly, (long Events, long Distinct, long Articles, double Goldstein)> Recount(WarehouseFixture fixture, string a, string b)
    {
        using var command = fixture.Warehouse.Command("""
            SELECT CAST(date_trunc('month', event_date) AS DATE), count(*),
                   count(DISTINCT (dataset, event_date, actor1_code, actor1_id, actor2_code, actor2_id, event_code, action_place)),
                   CAST(sum(coalesce(num_articles, 1)) AS BIGINT), coalesce(sum(goldstein), 0)
            FROM events WHERE (actor1_id = ? AND actor2_id = ?) OR (actor1_id = ? AND actor2_id = ?)
            GROUP BY 1
            """, a, b, b, a);
        using var reader = command.ExecuteReader();
        var recount = new Dictionary<DateOnly, (long, long, long, double)>();
        while (reader.Read())
        {
            recount[reader.GetFieldValue<DateOnly>(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4));
        }

        return recount;
    }
}
