using Entente.Analysis.Ladder;

namespace Entente.Analysis.Tests.Ladder;

public sealed class CriterionParserTests
{
    [Fact]
    public void And_binds_tighter_than_or()
    {
        var criterion = CriterionParser.Parse("evidence[type=exercise] each 2y and sipri[] >= 1 or atop[obligation=defense] in-force");

        Assert.Equal(2, criterion.AnyOf.Count);
        Assert.Equal(["evidence", "sipri"], criterion.AnyOf[0].Select(c => c.Source));
        Assert.Equal("atop", Assert.Single(criterion.AnyOf[1]).Source);
    }

    [Fact]
    public void A_count_with_a_window_keeps_both_numbers_and_the_filters()
    {
        var clause = Assert.Single(Assert.Single(CriterionParser.Parse("evidence[type=arms-deal|joint-programme, theme=defence-trade] >= 2 within 3y").AnyOf));

        Assert.Equal(ConditionKind.AtLeast, clause.Condition);
        Assert.Equal((2, 3), (clause.Count, clause.Window));
        Assert.Equal(["arms-deal", "joint-programme"], clause.Filter("type"));
        Assert.Equal(["defence-trade"], clause.Filter("theme"));
    }

    [Theory]
    [InlineData("evidence[type=exercize] each 2y", 10, "'exercize' is not an evidence type")]
    [InlineData("evidnce[type=exercise] each 2y", 1, "unknown source 'evidnce'")]
    [InlineData("mme[] in-force", 7, "'in-force' applies to evidence and atop")]
    [InlineData("atop[obligation=defence] in-force", 6, "'defence' is not one of defense")]
    [InlineData("evidence[type=agreement] in-force and", 38, "unknown source ''")]
    [InlineData("sipri[] each 0y", 14, "expected a number of years")]
    [InlineData("evidence[type=agreement] in-force maybe", 35, "expected 'and', 'or' or the end")]
    public void A_bad_criterion_names_the_problem_and_its_column(string text, int column, string message)
    {
        var error = Assert.Throws<CriterionException>(() => CriterionParser.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(column, error.Column);
    }
}
