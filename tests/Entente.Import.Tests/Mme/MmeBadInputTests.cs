using Entente.Import.Datasets;
using Entente.Import.Mme;
using Entente.Testing;

namespace Entente.Import.Tests.Mme;

/// <summary>MME files the project writes itself: impossible and contradictory dates, unknown participants, wrong files.</summary>
public sealed class MmeBadInputTests : IDisposable
{
    private const string Header = "MMEID,Ex_Name,Series_Name,Location,lat,lon,StartDate,s.year,s.month,s.day,EndDate,e.year,e.month,e.day,CPX,Air,Land,Sea,Amphibious,Cyber,StateA,StateB,StateC";
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Impossible_dates_and_unknown_participants_are_rejected_with_file_and_line()
    {
        var path = _temp.Write("mme_v7.csv", $"""
            {Header}
            mme1,Good,,Sea,1,2,1/14/80,1980,1,14,1/21/80,1980,1,21,0,0,0,1,0,0,Russia,China,
            mme2,Leap,,Sea,1,2,2/30/81,1981,2,30,,,,,0,0,0,1,0,0,Russia,China,
            mme3,Twisted,,Sea,1,2,3/1/82,1982,3,2,,,,,0,0,0,1,0,0,Russia,China,
            mme4,Backwards,,Sea,1,2,1983-05-xx,1983,5,xx,1982-05-xx,1982,5,xx,0,0,0,1,0,0,Russia,China,
            mme5,Stranger,,Sea,1,2,1984-05-xx,1984,5,xx,,,,,0,0,0,1,0,0,Russia,Atlantis,
            mme6,Territory,,Sea,1,2,1985-05-xx,1985,5,xx,,,,,0,0,0,1,0,0,France,New Caledonia,-9
            """);

        var file = MmeReader.Shipped.Read(path);

        Assert.Equal(["mme-1", "mme-6"], file.Exercises.Items.Select(i => i.Id));
        Assert.Equal(["FRA"], file.Exercises.Items[1].ActorsIn("participant"));
        Assert.Contains("New Caledonia", file.Exercises.Items[1].Summary, StringComparison.Ordinal);
        Assert.Collection(file.Rejected,
            r => Assert.Equal($"{path}:3: impossible date 1981-02-30 (start)", r.ToString()),
            r => Assert.Equal($"{path}:4: StartDate '3/1/82' and s.year/s.month/s.day (1982-03-02) disagree", r.ToString()),
            r => Assert.Equal($"{path}:5: impossible dates: the exercise ends (1982-05) before it starts (1983-05)", r.ToString()),
            r => Assert.Equal($"{path}:6: participant 'Atlantis' (StateB) matches no registry actor; add it to the registry or to Mme/mme-names.tsv", r.ToString()));
    }

    [Fact]
    public void A_file_that_is_not_MME_is_refused()
    {
        var path = _temp.Write("atop.csv", "atopid,member,yrent\n4980,365,2001\n");

        var error = Assert.Throws<DatasetFormatException>(() => MmeReader.Shipped.Read(path));

        Assert.Equal($"{path}:1: not an MME file: the header lacks MMEID, Ex_Name, StartDate, s.year, s.month, s.day, StateA", error.Message);
    }

    public void Dispose() => _temp.Dispose();
}
