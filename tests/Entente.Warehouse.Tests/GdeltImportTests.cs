using Entente.Warehouse.Queries;

namespace Entente.Warehouse.Tests;

/// <summary>GDELT 1.0 and 2.0 events from the real sample files, checked against a plain-reader recount.</summary>
public sealed class GdeltImportTests
{
    [Fact]
    public void Every_row_of_the_real_GDELT_files_is_imported_and_Russia_China_rows_match_a_recount()
    {
        using var fixture = new WarehouseFixture();
        var files = RealEventFiles.GdeltEvents();

        var results = fixture.Warehouse.Import(files, Readers.GdeltEvents);

        Assert.All(results, r => Assert.Equal(FileImportStatus.Complete, r.Status));
        Assert.All(results, r => Assert.Equal(0, r.Rejected));
        var expected = files.Sum(f => RealEventFiles.GdeltRows(f).Count());
        Assert.Equal(expected, fixture.Warehouse.EventCount());
        var rusChn = files.Sum(f => RealEventFiles.GdeltDyad(f, "RUS", "CHN").Count());
        Assert.Equal(3, rusChn);
        var series = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", By = SeriesPeriod.Month });
        Assert.Equal(rusChn, series.Sum(p => p.Events));
        var byMonth = files.SelectMany(f => RealEventFiles.GdeltDyad(f, "RUS", "CHN")).GroupBy(c => c[1][..6]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byMonth, series.ToDictionary(p => p.Period.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture), p => (int)p.Events));
        var directed = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "CHN", Actor2 = "RUS", Directed = true });
        Assert.Equal(files.Sum(f => RealEventFiles.GdeltRows(f).Count(c => c[7] == "CHN" && c[17] == "RUS")), directed.Sum(p => p.Events));
    }

    [Fact]
    public void Actor_type_filters_keep_only_events_between_actors_of_those_roles()
    {
        using var fixture = new WarehouseFixture();
        var file = RealEventFiles.GdeltEvents()[2];
        fixture.Warehouse.Import([file], Readers.GdeltEvents);
        var map = Entente.Cameo.CameoActorMap.Shipped;
        var pair = RealEventFiles.GdeltRows(file).Where(c => map.FromCountryCode(c[7]) is not null && map.FromCountryCode(c[17]) is not null && c[7] != c[17] && c[12] == "GOV" && c[22] == "GOV")
            .GroupBy(c => (c[7], c[17])).OrderByDescending(g => g.Count()).First().Key;

        var query = new DyadQuery { Actor1 = map.FromCountryCode(pair.Item1)!, Actor2 = map.FromCountryCode(pair.Item2)!, Directed = true, ActorTypes = ["GOV"] };
        var expected = RealEventFiles.GdeltRows(file).Count(c => c[7] == pair.Item1 && c[17] == pair.Item2 && c[12] == "GOV" && c[22] == "GOV");

        Assert.True(expected > 0);
        Assert.Equal(expected, fixture.Warehouse.DyadSeries(query).Sum(p => p.Events));
        Assert.True(fixture.Warehouse.DyadSeries(query with { ActorTypes = [] }).Sum(p => p.Events) >= expected);
    }

    [Fact]
    public void A_large_file_committed_in_steps_is_imported_whole_and_once()
    {
        using var fixture = new WarehouseFixture(new EventWarehouseOptions { CommitEvery = 10_000 });
        var rows = RealEventFiles.GdeltRows(RealEventFiles.GdeltEvents()[2]).ToList();
        // 20 copies of the real export with fresh GLOBALEVENTIDs: 42 220 rows, three batches.
        var lines = Enumerable.Range(0, 20).SelectMany(copy => rows.Select(c =>
            string.Join('\t', c.Select((v, i) => i == 0 ? (long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) + (copy * 10_000_000L)).ToString(System.Globalization.CultureInfo.InvariantCulture) : v))));
        var path = fixture.Dir.Write("big.export.CSV", string.Join('\n', lines) + "\n");

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));
        var again = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));

        Assert.Equal(FileImportStatus.Complete, result.Status);
        Assert.Equal(rows.Count * 20, result.Added);
        Assert.Equal(rows.Count * 20, fixture.Warehouse.EventCount());
        Assert.Equal(FileImportStatus.Skipped, again.Status);
        Assert.Equal(rows.Count * 20, fixture.Count("SELECT rows_added FROM imports"));
    }

    [Fact]
    public void Reimporting_the_same_files_adds_nothing()
    {
        using var fixture = new WarehouseFixture();
        var files = RealEventFiles.GdeltEvents();
        fixture.Warehouse.Import(files, Readers.GdeltEvents);
        var before = fixture.Warehouse.EventCount();
        fixture.Reopen();

        var again = fixture.Warehouse.Import(files, Readers.GdeltEvents);

        Assert.All(again, r => Assert.Equal(FileImportStatus.Skipped, r.Status));
        Assert.Equal(before, fixture.Warehouse.EventCount());
        Assert.Equal(files.Length, fixture.Count("SELECT count(*) FROM imports"));
    }

    [Fact]
    public void The_same_events_in_another_file_are_recognised_by_GLOBALEVENTID()
    {
        using var fixture = new WarehouseFixture();
        var source = RealEventFiles.GdeltEvents()[2];
        var lines = File.ReadAllLines(source);
        var copy = fixture.Dir.Write("copy.export.CSV", string.Join('\n', lines.Concat(lines.Take(10))) + "\n");
        fixture.Warehouse.Import([source], Readers.GdeltEvents);

        var result = Assert.Single(fixture.Warehouse.Import([copy], Readers.GdeltEvents));

        Assert.Equal(0, result.Added);
        Assert.Equal(lines.Length + 10, result.Duplicates);
        Assert.Equal(lines.Length, fixture.Warehouse.EventCount());
    }

    [Fact]
    public void GDELT_1_and_2_rows_land_in_one_schema_with_codes_dates_and_numbers_typed()
    {
        using var fixture = new WarehouseFixture();
        // The samples share no event date, so real rows of each version are given the same SQLDATE.
        var v1 = fixture.Dir.Write("20160728.export.CSV", SameDay(RealEventFiles.GdeltEvents()[3]));
        var v2 = fixture.Dir.Write("20160728150000.export.CSV", SameDay(RealEventFiles.GdeltEvents()[0]));

        var results = fixture.Warehouse.Import([v1, v2], Readers.GdeltEvents);

        Assert.Equal(["gdelt1", "gdelt2"], results.Select(r => r.Dataset));
        var date = new DateOnly(2016, 7, 28);
        using var command = fixture.Warehouse.Command("""
            SELECT dataset, count(*), count(event_code), count(quad_class), count(goldstein), count(avg_tone), count(num_articles), count(date_added), min(length(event_code))
            FROM events WHERE event_date = ? GROUP BY dataset ORDER BY dataset
            """, date);
        using var reader = command.ExecuteReader();
        var datasets = new List<string>();
        while (reader.Read())
        {
            datasets.Add(reader.GetString(0));
            var rows = reader.GetInt64(1);
            for (var i = 2; i <= 7; i++)
            {
                Assert.Equal(rows, reader.GetInt64(i));
            }

            Assert.True(reader.GetInt64(8) >= 2);
        }

        Assert.Equal(["gdelt1", "gdelt2"], datasets);
        Assert.Equal("DATE", fixture.Warehouse.Scalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'event_date'"));
        Assert.Equal("DOUBLE", fixture.Warehouse.Scalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'goldstein'"));
        Assert.Equal(0, fixture.Count("SELECT count(*) FROM events WHERE event_code NOT LIKE '0%' AND event_root_code < '10'"));
        Assert.True(fixture.Count("SELECT count(*) FROM events WHERE event_code LIKE '0%'") > 0);
    }

    [Fact]
    public void The_back_file_layout_without_SOURCEURL_and_the_daily_layout_with_it_both_import()
    {
        using var fixture = new WarehouseFixture();
        var v1 = RealEventFiles.GdeltEvents()[3];

        fixture.Warehouse.Import([v1], Readers.GdeltEvents);

        var without = RealEventFiles.GdeltRows(v1).Count(c => c.Length == 57);
        var with = RealEventFiles.GdeltRows(v1).Count(c => c.Length == 58);
        Assert.Equal(201, without);
        Assert.Equal(without, fixture.Count("SELECT count(*) FROM events WHERE source_url IS NULL"));
        Assert.Equal(with, fixture.Count("SELECT count(*) FROM events WHERE source_url LIKE 'http%'"));
    }

    [Fact]
    public void Every_event_knows_its_file_line_and_release()
    {
        using var fixture = new WarehouseFixture();
        var file = RealEventFiles.GdeltEvents()[2];

        fixture.Warehouse.Import([file], Readers.GdeltEvents);

        var lines = File.ReadAllLines(file);
        Assert.Equal("20191024143000", fixture.Warehouse.Scalar<string>("SELECT release FROM imports"));
        var id = long.Parse(lines[41].Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(42, fixture.Warehouse.Scalar<long>("SELECT line FROM events WHERE event_id = ?", id));
        Assert.Equal(lines[41].Split('\t')[60], fixture.Warehouse.Scalar<string>("SELECT source_url FROM events WHERE event_id = ?", id));
    }

    private static string SameDay(string path) =>
        string.Join('\n', RealEventFiles.GdeltRows(path).Take(40).Select(c => string.Join('\t', c.Select((v, i) => i == 1 ? "20160728" : v)))) + "\n";
}
