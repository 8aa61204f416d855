using Entente.Import.Mme;
using Entente.Testing;

namespace Entente.Import.Tests.Mme;

/// <summary>MME v7 read whole into exercise items, checked against an independent CSV count.</summary>
public sealed class MmeRealFileTests
{
    private static string Path => SharedData.Require("mme", "meflynn", "mme_v7.csv");

    [Fact]
    public void Every_row_becomes_one_exercise_except_the_six_that_end_before_they_start()
    {
        var rows = PlainCsv.Records(Path).ToList();
        var column = rows[0].Select((h, i) => (h, i)).ToDictionary(c => c.h, c => c.i);
        // Independently: the latest day the end can be against the earliest day the start can be ("xx" = day unknown).
        int Day(string[] r, string prefix, int unknown) => r[column[prefix + "day"]] == "xx" ? unknown : int.Parse(r[column[prefix + "day"]], System.Globalization.CultureInfo.InvariantCulture);
        string Key(string[] r, string prefix, int unknown) => $"{r[column[prefix + "year"]]}-{int.Parse(r[column[prefix + "month"]], System.Globalization.CultureInfo.InvariantCulture):00}-{Day(r, prefix, unknown):00}";
        var backwards = rows.Skip(1).Select((r, i) => (r, Line: i + 2))
            .Where(x => x.r[column["e.year"]].Length > 0 && string.CompareOrdinal(Key(x.r, "e.", 99), Key(x.r, "s.", 0)) < 0)
            .Select(x => x.Line).ToList();

        var file = MmeReader.Shipped.Read(Path);

        Assert.Equal(6, backwards.Count);
        Assert.Equal(backwards, file.Rejected.Select(r => r.Line));
        Assert.All(file.Rejected, r => Assert.Contains("ends", r.Reason, StringComparison.Ordinal));
        Assert.Equal(rows.Count - 1, file.File.RowsRead);
        Assert.Equal(rows.Count - 1 - backwards.Count, file.Exercises.Items.Count);
        Assert.Equal(file.Exercises.Items.Count, file.Rows.Count);
        Assert.Equal(file.Exercises.Items.Count, file.Exercises.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal("7", file.File.Version);
        Assert.Equal((1980, 2010), (file.File.FirstYear, file.File.LastYear));
    }

    [Fact]
    public void The_exercises_in_which_both_Russia_and_China_took_part_are_found_ten_in_v7()
    {
        var rows = PlainCsv.Records(Path).ToList();
        var states = rows[0].Select((h, i) => (h, i)).Where(c => c.h.StartsWith("State", StringComparison.Ordinal)).Select(c => c.i).ToList();
        var independent = rows.Skip(1)
            .Where(r => states.Any(i => r[i] == "Russia") && states.Any(i => r[i] == "China"))
            .Select(r => r[0]).Order().ToList();

        var file = MmeReader.Shipped.Read(Path);
        var found = file.Exercises.Items
            .Where(i => i.ActorsIn("participant").Contains("RUS") && i.ActorsIn("participant").Contains("CHN"))
            .Select(i => file.Rows.Single(r => r.ItemId == i.Id).MmeId).Order().ToList();

        Assert.Equal(10, independent.Count);
        Assert.Equal(independent, found);
    }

    [Fact]
    public void An_exercise_keeps_its_dates_domains_place_and_the_line_it_came_from()
    {
        var file = MmeReader.Shipped.Read(Path);

        var readex = Assert.Single(file.Exercises.Items, i => i.Id == "mme-87");
        var saudi = Assert.Single(file.Exercises.Items, i => i.Id == "mme-88");

        Assert.Equal("1980-01-14/1980-01-21", readex.Date.ToString());
        Assert.Equal(["land", "sea"], readex.Exercise!.Domains);
        Assert.Equal(["NLD", "GBR", "USA"], readex.ActorsIn("participant"));
        Assert.Equal("Vieques", readex.Place?.Name);
        Assert.Equal("mme_v7.csv line 2, MMEID mme87", Assert.Single(readex.Sources).Page);
        Assert.Equal("1980-01", saudi.Date.ToString());
    }
}
