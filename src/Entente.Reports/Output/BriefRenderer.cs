using System.Globalization;
using System.Text;
using Entente.Reports.Briefs;
using Markdig;
using Scriban;
using Scriban.Runtime;

namespace Entente.Reports.Output;

/// <summary>
/// Renders a brief's model through its templates: Markdown for GitHub, and HTML as the same Markdown converted by
/// Markdig inside the page template (charts as inline SVG there, as Mermaid blocks in Markdown). Text from the store
/// goes through <c>t</c>, which escapes it, so an item's summary can never become markup.
/// </summary>
public sealed class BriefRenderer(TemplateSet templates)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public string Markdown(Brief brief) => Normalise(Render("brief", brief, "md", body: null));

    public string Html(Brief brief)
    {
        var body = Markdig.Markdown.ToHtml(Render("brief", brief, "html", body: null), Pipeline);
        return Normalise(Render("html", brief, "html", body));
    }

    private string Render(string name, Brief brief, string format, string? body)
    {
        var globals = new ScriptObject();
        globals.Import(new { brief, format, body }, renamer: StandardMemberRenamer.Default);
        globals.Import("t", new Func<object?, string>(Escape));
        globals.Import("notes", new Func<IEnumerable<int>?, string>(Notes));
        globals.Import("section_template", new Func<string, string>(id => templates.Exists($"section-{id}") ? $"section-{id}" : "section"));
        var context = new TemplateContext { TemplateLoader = templates, MemberRenamer = StandardMemberRenamer.Default, StrictVariables = true };
        context.PushGlobal(globals);
        return templates.Parse(name).Render(context);
    }

    /// <summary>Store text as literal Markdown text: HTML characters as entities, Markdown punctuation escaped, no line breaks.</summary>
    internal static string Escape(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '&' => escaped.Append("&amp;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' => escaped.Append('\\').Append(c),
                '\r' or '\n' or '\t' => escaped.Append(' '),
                _ when char.IsControl(c) => escaped,
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>Note marks as the paper prints them, superscript numbers; the brief's own numbering survives every renderer.</summary>
    private static string Notes(IEnumerable<int>? numbers) =>
        numbers?.ToList() is { Count: > 0 } list ? $"<sup>{string.Join(", ", list.Select(n => n.ToString(CultureInfo.InvariantCulture)))}</sup>" : "";

    /// <summary>Unix line ends, no trailing blanks, one final newline: the same model gives the same bytes everywhere.</summary>
    private static string Normalise(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        var collapsed = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && collapsed.Count > 0 && collapsed[^1].Length == 0)
            {
                continue;
            }

            collapsed.Add(line);
        }

        return string.Join('\n', collapsed).Trim('\n') + "\n";
    }
}
