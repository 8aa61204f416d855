using Entente.Evidence;
using Entente.Reports.Briefs;
using Entente.Reports.Output;
using Entente.Testing;

namespace Entente.Reports.Tests.Briefs;

public sealed class BriefTemplateTests
{
    [Fact]
    public void An_edited_template_in_a_folder_changes_the_output_without_code()
    {
        using var dir = new TempDirectory();
        var edited = TemplateSet.Shipped.Text("summary").Replace("## Summary and key judgements", "## Bottom line up front", StringComparison.Ordinal);
        File.WriteAllText(dir.File("summary.scriban"), edited);
        var brief = FlagshipBrief.Build();

        var shipped = new BriefRenderer(TemplateSet.Shipped).Markdown(brief);
        var custom = new BriefRenderer(new TemplateSet(dir.Path)).Markdown(brief);

        Assert.Contains("## Summary and key judgements", shipped, StringComparison.Ordinal);
        Assert.Contains("## Bottom line up front", custom, StringComparison.Ordinal);
        Assert.DoesNotContain("## Summary and key judgements", custom, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_for_one_theme_replaces_the_section_template_for_that_theme_only()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("section-arctic.scriban"), "## The High North ({{ section.paragraphs.size }} items)\n");

        var markdown = new BriefRenderer(new TemplateSet(dir.Path)).Markdown(FlagshipBrief.Build());

        Assert.Matches(@"## The High North \(\d+ items\)", markdown);
        Assert.Contains("## Espionage and copying", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_in_the_store_stays_text_in_HTML()
    {
        var hostile = new EvidenceItem
        {
            Id = "hostile",
            Type = "statement",
            Date = Dates.DateSpan.On(new Dates.PartialDate(2020)),
            Themes = ["espionage"],
            Actors = [new ActorRole("RUS", "subject")],
            Summary = "<script>alert(1)</script> **bold** [link](http://example.org) | pipe",
        };
        var inputs = FlagshipBrief.Inputs with { Items = [.. FlagshipBrief.Inputs.Items, hostile] };

        var html = new BriefRenderer(TemplateSet.Shipped).Html(BriefBuilder.Build(inputs));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_is_one_file_that_requests_nothing_from_outside()
    {
        var html = new BriefRenderer(TemplateSet.Shipped).Html(FlagshipBrief.Build());

        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"toc\">", html, StringComparison.Ordinal);
    }
}
