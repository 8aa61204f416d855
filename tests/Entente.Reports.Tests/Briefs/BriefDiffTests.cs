using Entente.Reports.Briefs;

namespace Entente.Reports.Tests.Briefs;

public sealed class BriefDiffTests
{
    [Fact]
    public void New_and_withdrawn_evidence_and_moved_support_are_reported_between_two_runs()
    {
        var current = FlagshipBrief.Build();
        var section = current.Sections.First(s => s.Id == "exercises");
        var older = current with
        {
            Sections = [.. current.Sections.Select(s => s.Id != section.Id ? s : s with { Paragraphs = [.. s.Paragraphs.Skip(1), s.Paragraphs[0] with { Item = "gone-item" }] })],
            KeyJudgements = [current.KeyJudgements[0] with { Notes = [] }, .. current.KeyJudgements.Skip(1)],
        };

        var diff = BriefDiff.Between(older, current);

        Assert.Equal([section.Paragraphs[0].Item], diff.NewEvidence);
        Assert.Equal(["gone-item"], diff.WithdrawnEvidence);
        Assert.Equal([current.KeyJudgements[0].Item], diff.MovedSupport.Select(m => m.Judgement));
        Assert.True(BriefDiff.Between(current, current).IsEmpty);
    }
}
