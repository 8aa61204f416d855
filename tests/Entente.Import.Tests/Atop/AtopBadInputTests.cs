using Entente.Import.Atop;
using Entente.Import.Datasets;
using Entente.Testing;

namespace Entente.Import.Tests.Atop;

/// <summary>ATOP files the project writes itself: 5.x headers, bad rows, files that are not ATOP.</summary>
public sealed class AtopBadInputTests : IDisposable
{
    private const string Header401 = "atopid,cowid,cow4id,member,cowsys,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul,defcon,version";
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_member_file_with_ATOP_5_column_names_in_another_order_reads_by_header_name()
    {
        // ATOP 5.1's member file (atop5_1m.csv) has no cowid/cow4id/cowsys columns and carries phase; its Stata release uses upper case.
        var path = _temp.Write("atop5_1m.csv", """
            ATOPID,MEMBER,YRENT,MOENT,DAYENT,YREXIT,MOEXIT,DAYEXIT,PHASE,CONSUL,NONAGG,NEUTRAL,OFFENSE,DEFENSE,DEFCON,VERSION
            4980,365,2001,7,16,0,0,0,1,1,1,0,0,0,0,5.1
            4980,710,2001,7,16,0,0,0,1,1,1,0,0,0,0,5.1
            """);

        var file = AtopReader.Shipped.Read(path);

        Assert.Empty(file.Rejected);
        Assert.Equal("5.10", file.File.Version);
        Assert.All(file.Memberships, m => Assert.True(m.Obligations is { NonAggression: true, Consultation: true, Defense: false }));
        Assert.All(file.Memberships, m => Assert.Equal(0, m.Variable("defcon")));
        Assert.Equal([1, 1], file.Memberships.Select(m => m.Phase));
    }

    [Fact]
    public void Unknown_member_codes_and_impossible_dates_are_rejected_with_file_and_line()
    {
        var path = _temp.Write("members.csv", $"""
            {Header401}
            4980,,,365,1,2001,7,16,0,0,0,0,0,0,1,1,0,4.01
            9001,,,9999,1,2001,7,16,0,0,0,1,0,0,0,0,0,4.01
            9002,,,2,1,2001,2,30,0,0,0,1,0,0,0,0,0,4.01
            9003,,,2,1,2001,13,1,0,0,0,1,0,0,0,0,0,4.01
            9004,,,2,1,2001,1,1,1999,1,1,1,0,0,0,0,0,4.01
            9005,,,2,1,2001,1,1,0,0,0,yes,0,0,0,0,0,4.01
            """);

        var file = AtopReader.Shipped.Read(path);

        Assert.Single(file.Memberships);
        Assert.Collection(file.Rejected,
            r => Assert.Equal($"{path}:3: unknown member code 9999: no state in the registry has this COW code, and cowsys does not mark it as outside the COW system", r.ToString()),
            r => Assert.Equal($"{path}:4: impossible date 2001-02-30 (entry)", r.ToString()),
            r => Assert.Equal($"{path}:5: impossible date 2001-13-01 (entry)", r.ToString()),
            r => Assert.Equal($"{path}:6: impossible dates: the member leaves (1999-01-01) before it enters (2001-01-01)", r.ToString()),
            r => Assert.Equal($"{path}:7: defense 'yes' is not a whole number", r.ToString()));
    }

    [Fact]
    public void A_file_that_is_not_ATOP_is_refused_with_its_reason()
    {
        var mme = _temp.Write("mme.csv", "MMEID,Ex_Name,StateA\nmme1,Readex,Netherlands\n");
        var partial = _temp.Write("partial.csv", "atopid,member,yrent\n4980,365,2001\n");

        var notAtop = Assert.Throws<DatasetFormatException>(() => AtopReader.Shipped.Read(mme));
        var incomplete = Assert.Throws<DatasetFormatException>(() => AtopReader.Shipped.Read(partial));

        Assert.Contains("neither 'member' (member-level) nor 'begyr' (alliance-level)", notAtop.Message, StringComparison.Ordinal);
        Assert.Equal($"{partial}:1: not a complete ATOP member-level header: missing defense, offense, neutral, nonagg, consul", incomplete.Message);
    }

    public void Dispose() => _temp.Dispose();
}
