using Entente.Evidence;
using Entente.Sources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Entente.Cli;

/// <summary>One evidence item in full: the facts, then the citations, then — apart — the analysts' annotations.</summary>
public static class ItemView
{
    public static void Write(IAnsiConsole console, EvidenceItem item, IReadOnlyDictionary<string, Source> sources)
    {
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(facts, "Id", item.Id);
        Row(facts, "Type", item.Type);
        Row(facts, "Date", item.Date.ToString());
        Row(facts, "Actors", string.Join(", ", item.Actors.Select(a => $"{a.Actor} ({a.Role})")));
        Row(facts, "Place", item.Place?.Describe());
        Row(facts, "Numbers", EvidenceTable.Numbers(item));
        Row(facts, "Themes", string.Join(", ", item.Themes));
        Row(facts, "Summary", item.Summary);
        Row(facts, "Exercise", item.Exercise is { } e ? $"{e.Series} {e.Edition} ({string.Join(", ", e.Domains)})" : null);
        Row(facts, "Programme", item.Programme is { } p ? $"{p.Name} — {p.Status}\n{string.Join("\n", p.Milestones.Select(m => $"{m.Date}{(m.Expected ? " (expected)" : "")}: {m.Event}"))}" : null);
        Row(facts, "Agreement", item.Agreement is { } a ? $"{a.Title}\n{string.Join("\n", a.Articles.Select(x => $"Art. {x.Number}: {x.Summary}"))}" : null);
        Row(facts, "Claim", item.Claim is { } c ? $"{c.Metric} {c.Period} = {Quantity.BoundPrefix(c.Bound)}{c.Value:0.##} {c.Unit}; {c.Dataset} {c.Release} {c.Basis}".TrimEnd() : null);
        Row(facts, "Forecast", item.Forecast is { } f ? $"{f.Statement}\n{f.Term} ({f.Scale}){(f.Probability is { } pr ? $" p={pr:0.##}" : "")}, confidence {f.Confidence ?? "not stated"}, due {f.Due}; {(f.Resolution is null ? "open" : f.Resolution.Value ? "resolved true" : "resolved false")}\nResolves by: {f.ResolutionCriteria}" : null);
        console.Write(new Panel(facts).Header(Display.Safe(item.Id)).Expand());

        var citations = new Table().Title("Sources").Expand().AddColumns("Citation", "Grade", "Kind", "Publisher", "Date", "Title", "URL");
        foreach (var citation in item.Sources)
        {
            sources.TryGetValue(citation.Source, out var source);
            var grade = source?.Grade is { } g ? $"{g.Reliability}{citation.Credibility ?? g.Credibility}" : "ungraded";
            citations.AddRow(
                Cells.Text(EvidenceTable.Citation(citation, new Dictionary<string, Source>())), Cells.Text(grade), Cells.Text(source?.Kind),
                Cells.Text(source?.Publisher), Cells.Text(source?.Date?.ToString()), Cells.Text(source?.Title.Display), Cells.Text(source?.Url));
        }

        console.Write(citations);
        if (item.Annotations.Count > 0)
        {
            var notes = new Table().Title("Analyst annotations (interpretation, not what the sources state)").Expand().AddColumns("Author", "Date", "Note");
            foreach (var note in item.Annotations)
            {
                notes.AddRow(Cells.Text(note.Author), Cells.Text(note.Date?.ToString()), Cells.Text(note.Text));
            }

            console.Write(notes);
        }
    }

    public static IRenderable Source(Source source)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(grid, "Id", source.Id);
        Row(grid, "Kind", source.Kind);
        Row(grid, "Publisher", source.Publisher);
        Row(grid, "Title", source.Title.Original);
        Row(grid, "Transliteration", source.Title.Transliteration);
        Row(grid, "Translation", source.Title.Translation);
        Row(grid, "Authors", string.Join("; ", source.Authors));
        Row(grid, "Date", source.Date?.ToString());
        Row(grid, "URL", source.Url);
        Row(grid, "Page", source.Page);
        Row(grid, "Cited in", source.CitedIn is { } c ? $"{c.Source}{(c.Footnote is { } n ? $", footnote {n}" : "")}" : null);
        Row(grid, "Grade", source.Grade is { } g ? $"{g.Code} — reliability {g.Reliability}, credibility {g.Credibility} ({Grade.CredibilityLabels[g.Credibility]}). {g.Rationale}" : "ungraded");
        return new Panel(grid).Header(Display.Safe(source.Id)).Expand();
    }

    private static void Row(Grid grid, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(SafeMultiline(value)));
        }
    }

    private static string SafeMultiline(string text) => string.Join('\n', text.Split('\n').Select(Display.Safe));
}
