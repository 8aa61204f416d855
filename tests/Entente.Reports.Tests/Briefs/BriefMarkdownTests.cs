using System.Text;
using Entente.Reports.Output;
using Entente.Testing;

namespace Entente.Reports.Tests.Briefs;

/// <summary>
/// The flagship brief in Markdown against the committed snapshot tests/Entente.Reports.Tests/Snapshots/flagship-brief.md.
/// After a deliberate change, regenerate it with ENTENTE_UPDATE_SNAPSHOTS=1 dotnet test tests/Entente.Reports.Tests
/// and review the diff before committing.
/// </summary>
public sealed class BriefMarkdownTests
{
    private static readonly string Snapshot = Repository.File("tests", "Entente.Reports.Tests", "Snapshots", "flagship-brief.md");

    [Fact]
    public void The_flagship_brief_in_Markdown_matches_its_snapshot()
    {
        var markdown = new BriefRenderer(TemplateSet.Shipped).Markdown(FlagshipBrief.Build());
        if (Environment.GetEnvironmentVariable("ENTENTE_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Snapshot, markdown, new UTF8Encoding(false));
        }

        Assert.Equal(File.ReadAllText(Snapshot), markdown);
    }

    [Fact]
    public void Two_runs_on_the_same_inputs_give_the_same_bytes_in_Markdown_HTML_and_JSON()
    {
        var renderer = new BriefRenderer(TemplateSet.Shipped);
        var (first, second) = (FlagshipBrief.Build(), FlagshipBrief.Build());

        Assert.Equal(renderer.Markdown(first), renderer.Markdown(second));
        Assert.Equal(renderer.Html(first), renderer.Html(second));
        Assert.Equal(Serialization.EntenteJson.Serialize(first), Serialization.EntenteJson.Serialize(second));
    }

    [Fact]
    public void The_brief_has_the_papers_sections_and_states_likelihood_and_confidence_apart()
    {
        var brief = FlagshipBrief.Build();

        Assert.Equal(["rationale", "military-relations", "defence-trade", "procurement-rd", "exercises", "competition", "arctic", "espionage", "alliance"],
            brief.Sections.Select(s => s.Id).Where(id => id != "conclusions"));
        Assert.All(brief.KeyJudgements, j => Assert.Contains(j.Confidence, new[] { "low", "moderate", "high" }));
        var alliance = Assert.Single(brief.KeyJudgements, j => j.Item == "s8-no-formal-alliance");
        Assert.Equal(("roughly even chance", "moderate"), (alliance.Term, alliance.Confidence));
    }

    [Fact]
    public void Notes_are_numbered_by_first_citation_in_the_papers_style()
    {
        var brief = FlagshipBrief.Build();

        Assert.Equal(Enumerable.Range(1, brief.Footnotes.Count), brief.Footnotes.Select(n => n.Number));
        var krasnaya = Assert.Single(brief.Footnotes, n => n.Source == "fn-6");
        Assert.Equal("Mariya Tomilenko, “Rossiysko-kitayskoye sotrudnichestvo osnovatel'no” [Russian-Chinese cooperation is solid], Krasnaya zvezda, 6 September 2019.", krasnaya.Text);
    }

    [Fact]
    public void Sections_whose_data_source_has_not_landed_are_listed_in_the_annex_not_faked()
    {
        var brief = FlagshipBrief.Build();

        Assert.Contains(brief.Annex.Pending, p => p.StartsWith("The alliance question as an alignment ladder", StringComparison.Ordinal));
        Assert.Contains(brief.Annex.Pending, p => p.StartsWith("Arms trade by year: no SIPRI", StringComparison.Ordinal));
        Assert.DoesNotContain(brief.Sections.SelectMany(s => s.Charts), c => c.Id == "arms-trade-by-year");
    }
}
