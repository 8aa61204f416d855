using Entente.Alliances;
using Entente.Dates;

namespace Entente.Core.Tests.Alliances;

/// <summary>The S-score checked against hand computations on a four-state system.</summary>
public sealed class SScoreTests
{
    // Alliance 100: states 1 and 2, defence, 1995–. Alliance 200: states 2 and 3, consultation only, 1999–. State 4 has none.
    private static readonly AlliancePortfolios Portfolios = new([
        Member(100, 1, new AtopObligations(true, false, false, false, true), 1995),
        Member(100, 2, new AtopObligations(true, false, false, false, true), 1995),
        Member(200, 2, new AtopObligations(false, false, false, false, true), 1999),
        Member(200, 3, new AtopObligations(false, false, false, false, true), 1999),
    ]);

    private static readonly int[] System = [1, 2, 3, 4];

    [Theory]
    // x1 = (3,3,0,0), x2 = (3,3,1,0): d = 1, S = 1 − 2·1/(4·3) = 5/6.
    [InlineData(1, 2, TieValuation.Valued, 5.0 / 6)]
    // x1 = (3,3,0,0), x3 = (0,1,3,0): d = 3 + 2 + 3 = 8, S = 1 − 16/12 = −1/3.
    [InlineData(1, 3, TieValuation.Valued, -1.0 / 3)]
    // x1 = (3,3,0,0), x4 = (0,0,0,3): d = 9, S = 1 − 18/12 = −1/2.
    [InlineData(1, 4, TieValuation.Valued, -0.5)]
    // Binary: x1 = (1,1,0,0), x2 = (1,1,1,0): d = 1, S = 1 − 2/4 = 1/2.
    [InlineData(1, 2, TieValuation.Binary, 0.5)]
    public void The_score_in_2000_equals_the_hand_computation(int a, int b, TieValuation valuation, double expected)
    {
        Assert.Equal(expected, Portfolios.SScore(a, b, 2000, System, valuation)!.Value, 12);
        Assert.Equal(expected, Portfolios.SScore(b, a, 2000, System, valuation)!.Value, 12);
    }

    [Fact]
    public void Before_any_alliance_two_states_differ_only_in_their_ties_to_themselves()
    {
        // 1990: x1 = (3,0,0,0), x2 = (0,3,0,0): d = 6, S = 1 − 12/12 = 0.
        Assert.Equal(0.0, Portfolios.SScore(1, 2, 1990, System)!.Value, 12);
    }

    [Fact]
    public void A_state_outside_the_system_has_no_score_rather_than_zero()
    {
        Assert.Null(Portfolios.SScore(1, 5, 2000, System));
    }

    [Fact]
    public void A_tie_takes_the_strongest_obligation_of_the_alliances_two_states_share()
    {
        Assert.Equal(3, Portfolios.Tie(1, 2, 2000));
        Assert.Equal(1, Portfolios.Tie(2, 3, 2000));
        Assert.Equal(0, Portfolios.Tie(2, 3, 1998));
    }

    private static AtopMembership Member(int atopId, int code, AtopObligations obligations, int from) => new()
    {
        AtopId = atopId,
        MemberCode = code,
        Entered = new PartialDate(from),
        Obligations = obligations,
    };
}
