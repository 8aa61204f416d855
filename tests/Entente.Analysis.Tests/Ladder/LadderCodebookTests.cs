using Entente.Analysis.Ladder;
using Entente.Testing;

namespace Entente.Analysis.Tests.Ladder;

public sealed class LadderCodebookTests
{
    private const string Header = "id\tstage\tlabel\tcriterion\tbasis\tstatus\tnote\n";

    [Fact]
    public void The_shipped_ladder_has_Korolevs_five_moderate_then_four_deep_stages()
    {
        var rungs = LadderCodebook.Shipped.Rungs;

        Assert.Equal(["treaty", "consultation", "military-technical", "exercises", "confidence-building"], rungs.Where(r => r.Stage == Stage.Moderate).Select(r => r.Id));
        Assert.Equal(["integrated-command", "joint-basing", "mutual-defence", "common-defence-policy"], rungs.Where(r => r.Stage == Stage.Deep).Select(r => r.Id));
        Assert.All(rungs.Where(r => r.Unsettled), r => Assert.False(string.IsNullOrWhiteSpace(r.Note)));
    }

    [Fact]
    public void Every_work_the_shipped_ladder_cites_is_one_the_flagship_paper_cites()
    {
        var paper = File.ReadAllText(Path.Combine(Repository.Root, "..", "shared", "seed", "relationship-of-convenience.md"));
        var titles = LadderCodebook.Shipped.Rungs.SelectMany(r => System.Text.RegularExpressions.Regex.Matches(r.Basis, "'([^']+)'").Select(m => m.Groups[1].Value)).Distinct().ToList();

        Assert.Equal(2, titles.Count);
        Assert.All(titles, title => Assert.Contains(title, paper.Replace('"', '\'').Replace('“', '\'').Replace('”', '\''), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_problem_of_an_edited_codebook_is_reported_at_its_file_line_and_column()
    {
        var text = Header
            + "# a comment\n"
            + "treaty\tmoderate\tTreaty\tevidence[type=agreemnt] in-force\tKorolev\tsettled\t\n"
            + "bases\tshallow\tBases\tatop[base=1] in-force\tATOP\tunsettled\t\n";

        var error = Assert.Throws<LadderCodebookException>(() => LadderCodebook.Parse("team.tsv", text));

        Assert.Equal(
            ["team.tsv:3:33: 'agreemnt' is not an evidence type (evidence-types.tsv)", "team.tsv:4:7: stage is 'moderate' or 'deep', not 'shallow'", "team.tsv:4:58: an unsettled rung needs a note saying what is disputed"],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_team_can_add_a_rung_without_a_code_change()
    {
        var codebook = LadderCodebook.Parse("team.tsv", Header + "joint-patrols\tmoderate\tJoint patrols\tevidence[type=patrol] >= 1 within 2y\tOwn operationalisation\tunsettled\tNot from the literature.\n");

        var rung = Assert.Single(codebook.Rungs);
        Assert.Equal(("joint-patrols", 2, true), (rung.Id, rung.Criterion.AnyOf[0][0].Window, rung.Unsettled));
    }

    [Fact]
    public void A_file_without_the_columns_is_refused_with_the_missing_ones()
    {
        var error = Assert.Throws<LadderCodebookException>(() => LadderCodebook.Parse("x.tsv", "id\tlabel\nt\tTreaty\n"));

        Assert.Contains("x.tsv:1:1: the header lacks the column(s) stage, criterion, basis, status, note", error.Message, StringComparison.Ordinal);
    }
}
