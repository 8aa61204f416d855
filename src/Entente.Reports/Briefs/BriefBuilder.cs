using System.Globalization;
using Entente.Codebooks;
using Entente.Evidence;

namespace Entente.Reports.Briefs;

/// <summary>
/// Builds the brief's model from its inputs: sections by theme in the codebook's order (the paper's), one paragraph per
/// item, key judgements from the conclusions, notes numbered by first citation. It places figures computed elsewhere
/// (TradeMatrix, ClaimChecker, EvidenceCounts, the warehouse) and computes none of its own.
/// </summary>
public static partial class BriefBuilder
{
    /// <summary>Themes whose items feed the summary's key judgements rather than a section of their own.</summary>
    private const string Conclusions = "conclusions";

    public static Brief Build(BriefInputs inputs, CodebookSet? codebooks = null)
    {
        codebooks ??= CodebookSet.Shipped;
        var notes = new FootnoteRegister(inputs.Sources);
        var items = inputs.Items.OrderBy(i => i.Date.Start).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var judgements = KeyJudgements(items, notes, codebooks);
        var sections = new List<BriefSection>();
        foreach (var theme in codebooks.Themes.Values)
        {
            var themed = items.Where(i => FirstTheme(i) == theme.Id && !IsKeyJudgement(i)).ToList();
            var section = new BriefSection(theme.Id, theme.Label)
            {
                Paragraphs = [.. themed.Select(i => new Paragraph(i.Id, i.Date.ToString(), i.Summary.Trim(), notes.Cite(i))
                {
                    Term = i.Forecast?.Term,
                    Confidence = i.Forecast?.Confidence,
                })],
                Tables = Tables(theme.Id, inputs, themed),
                Charts = Charts(theme.Id, inputs, themed),
            };
            if (section.Paragraphs.Count + section.Tables.Count + section.Charts.Count > 0)
            {
                sections.Add(section);
            }
        }

        return new Brief
        {
            Title = $"{inputs.A.Name} and {inputs.B.Name}: defence cooperation",
            Dyad = $"{inputs.A.Id}-{inputs.B.Id}",
            ActorA = inputs.A.Name,
            ActorB = inputs.B.Name,
            GeneratedAt = inputs.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            KeyJudgements = judgements,
            Sections = sections,
            Footnotes = notes.Notes,
            Annex = Annex(inputs),
        };
    }

    private static string? FirstTheme(EvidenceItem item) => item.Themes.Count > 0 ? item.Themes[0] : null;

    private static bool IsKeyJudgement(EvidenceItem item) => item.Forecast is not null && item.Themes.Contains(Conclusions);

    private static List<KeyJudgement> KeyJudgements(List<EvidenceItem> items, FootnoteRegister notes, CodebookSet codebooks) =>
    [
        .. items.Where(IsKeyJudgement).Select(i =>
        {
            var f = i.Forecast!;
            var term = f.Term is null ? null : codebooks.Term(f.Scale, f.Term);
            var range = term is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{term.Min * 100:0}–{term.Max * 100:0} %");
            return new KeyJudgement(i.Id, f.Statement, f.Term ?? "not stated", f.Scale, range, f.Confidence ?? "not stated", f.Due?.ToString(), notes.Cite(i));
        }),
    ];
}
