using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Dates;
using Entente.Evidence;

namespace Entente.Core.Tests.ArmsTrade;

public sealed class TradeMatrixTests
{
    private static readonly SipriRelease Release = new("2020-03-02", DateTimeOffset.UnixEpoch, SipriLayout.DeliveryRegister, "test.csv", "x")
    {
        FirstYear = 2015,
        LastYear = 2019,
    };

    private static Delivery D(string s, string r, int year, decimal tiv, string category = "Aircraft") => new($"{s}{r}{year}{category}", s, r, year, tiv) { Category = category };

    private static readonly TradeMatrix Matrix = new(Release,
    [
        D("RUS", "CHN", 2019, 600), D("RUS", "CHN", 2019, 88, "Ships"), D("FRA", "CHN", 2019, 92), D("UKR", "CHN", 2019, 20),
        D("RUS", "IND", 2019, 1500), D("RUS", "VNM", 2019, 138), D("BLR", "VNM", 2019, 23),
        D("RUS", "CHN", 2015, 100), D("RUS", "CHN", 2016, 100), D("RUS", "CHN", 2017, 100), D("RUS", "CHN", 2018, 100),
    ], ActorRegistry.Shipped);

    [Fact]
    public void Dyad_TIV_sums_deliveries_and_shares_follow_from_the_totals()
    {
        var row = Matrix.Indicators("RUS", "CHN", 2019)!;

        Assert.Equal(688m, row.Tiv);
        Assert.Equal(Math.Round(688m / 2326m * 100, 4), row.ShareOfSupplierExports);
        Assert.Equal(Math.Round(688m / 800m * 100, 4), row.ShareOfRecipientImports);
        Assert.Equal(1, row.SupplierRank);
        Assert.Equal(1088m, row.FiveYearTiv);
    }

    [Fact]
    public void Rank_and_concentration_describe_the_recipients_suppliers()
    {
        Assert.Equal(2, Matrix.Rank("FRA", "CHN", 2019, 2019));
        Assert.Equal(3, Matrix.Rank("UKR", "CHN", 2019, 2019));
        Assert.Null(Matrix.Rank("USA", "CHN", 2019, 2019));
        var shares = new[] { 688m / 800, 92m / 800, 20m / 800 }.Sum(s => s * 100 * s * 100);
        Assert.Equal(Math.Round(shares, 2), Matrix.Hhi("CHN", 2019));
    }

    [Fact]
    public void Outside_coverage_is_missing_while_no_deliveries_inside_it_is_zero()
    {
        Assert.Null(Matrix.Tiv("RUS", "CHN", 2014));
        Assert.Null(Matrix.Tiv("RUS", "CHN", 2020));
        Assert.Equal(0m, Matrix.Tiv("FRA", "CHN", 2015));
        Assert.Null(Matrix.Indicators("RUS", "CHN", 2018)!.FiveYearTiv);
    }

    [Fact]
    public void A_state_that_did_not_exist_has_missing_values_not_zero()
    {
        var soviet = new TradeMatrix(Release with { FirstYear = 1985, LastYear = 1995 }, [D("SUN", "CHN", 1990, 10)], ActorRegistry.Shipped);

        Assert.Null(soviet.Tiv("RUS", "CHN", 1988));
        Assert.Equal(0m, soviet.Tiv("RUS", "CHN", 1995));
        Assert.Null(soviet.Tiv("SUN", "CHN", 1993));
    }

    [Fact]
    public void Categories_break_the_dyad_down()
    {
        Assert.Equal(new Dictionary<string, decimal> { ["Aircraft"] = 600, ["Ships"] = 88 }, Matrix.Categories("RUS", "CHN", 2019));
    }

    [Fact]
    public void Market_shares_of_a_group_add_up_to_the_whole()
    {
        var shares = MarketShares.Compute(Matrix, ["VNM", "CHN"], 2019, 2019)!;

        Assert.Equal("RUS", shares[0].Supplier);
        Assert.Equal(826m, shares[0].Tiv);
        Assert.InRange(shares.Sum(s => s.Share), 99.9m, 100.1m);
        Assert.Null(MarketShares.Compute(Matrix, ["CHN"], 2010, 2019));
    }

    [Theory]
    [InlineData("tiv-delivered", "RUS", "CHN", 688, Bound.Approximate, ClaimVerdict.Holds)]
    [InlineData("tiv-delivered", "FRA", "CHN", 92, Bound.Exact, ClaimVerdict.Holds)]
    [InlineData("tiv-delivered", "FRA", "CHN", 93, Bound.Exact, ClaimVerdict.Differs)]
    [InlineData("share-of-supplier-exports", "RUS", "CHN", 29.6, Bound.Exact, ClaimVerdict.Holds)]
    [InlineData("share-of-supplier-exports", "RUS", "CHN", 60, Bound.Lower, ClaimVerdict.Differs)]
    [InlineData("share-of-recipient-imports", "RUS", "VNM", 83, Bound.Lower, ClaimVerdict.Holds)]
    [InlineData("supplier-rank", "BLR", "VNM", 2, Bound.Exact, ClaimVerdict.Holds)]
    public void A_claim_is_judged_at_the_precision_or_bound_it_was_stated_with(string metric, string supplier, string recipient, double value, Bound bound, ClaimVerdict verdict)
    {
        var item = Claim(metric, supplier, recipient, (decimal)value, bound, "2019");

        var check = ClaimChecker.Check(item, Matrix);

        Assert.Equal(verdict, check.Verdict);
        Assert.Equal("2020-03-02", check.Release);
    }

    [Fact]
    public void A_claim_outside_the_release_has_no_data()
    {
        Assert.Equal(ClaimVerdict.NoData, ClaimChecker.Check(Claim("tiv-delivered", "RUS", "CHN", 1, Bound.Exact, "2005"), Matrix).Verdict);
    }

    [Fact]
    public void Only_SIPRI_claims_with_a_recomputable_metric_are_checked()
    {
        Assert.True(ClaimChecker.IsCheckable(Claim("tiv-delivered", "RUS", "CHN", 1, Bound.Exact, "2019")));
        Assert.False(ClaimChecker.IsCheckable(Claim("tiv-delivered", "RUS", "CHN", 1, Bound.Exact, "2019") with { Claim = new ClaimDetails { Metric = "tiv-delivered", Value = 1, Unit = "tiv-million", Period = DateSpan.On(PartialDate.Parse("2019")), Dataset = "Press report" } }));
    }

    private static EvidenceItem Claim(string metric, string supplier, string recipient, decimal value, Bound bound, string year) => new()
    {
        Id = $"{metric}-{supplier}-{recipient}",
        Type = "claim",
        Date = DateSpan.On(PartialDate.Parse("2020")),
        Summary = "test",
        Actors = [new ActorRole(supplier, "supplier"), new ActorRole(recipient, "recipient")],
        Claim = new ClaimDetails
        {
            Metric = metric,
            Value = value,
            Unit = "x",
            Bound = bound,
            Period = DateSpan.On(PartialDate.Parse(year)),
            Dataset = "SIPRI Arms Transfers Database",
            Release = "2020",
        },
    };
}
