using Entente.Ach;
using Entente.Codebooks;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Storage.Analysis;

/// <summary>
/// Composes a scorable ACH matrix from the analyst's sheet and the evidence store: each row gets its item's summary,
/// its best grade (a citation's own credibility over its source's), credibility from that grade unless overridden, and
/// the state-media caution when every cited source is state media.
/// Composition of stores into answers; it moves to Entente.Analysis when that project lands.
/// </summary>
public static class AchAssembler
{
    public static async Task<AchMatrix> MatrixAsync(IEvidenceStore store, SqliteAnalysisStore analysis, string caseName, CancellationToken cancellationToken = default)
    {
        var sheet = await analysis.SheetAsync(caseName, cancellationToken)
            ?? throw new AnalysisInputException($"case '{caseName}' has no ACH matrix{Known(await analysis.CasesAsync(cancellationToken))}", notFound: true);
        var items = new Dictionary<string, EvidenceItem>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            if (await store.FindItemAsync(row.Item, cancellationToken) is { } item)
            {
                items[row.Item] = item;
            }
        }

        var sourceIds = items.Values.SelectMany(i => i.Sources.Select(c => c.Source)).Distinct(StringComparer.Ordinal).ToList();
        var sources = (await store.QuerySourcesAsync(new SourceQuery { Ids = sourceIds }, cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return Assemble(sheet, items, sources);
    }

    public static AchMatrix Assemble(AchSheet sheet, IReadOnlyDictionary<string, EvidenceItem> items, IReadOnlyDictionary<string, Source> sources)
    {
        var rows = sheet.Rows.Where(r => items.ContainsKey(r.Item)).Select(r =>
        {
            var item = items[r.Item];
            var cited = item.Sources.Where(c => sources.ContainsKey(c.Source)).Select(c => (Citation: c, Source: sources[c.Source])).ToList();
            var grade = AchCredibility.Best(cited.Select(c => GradeOf(c.Citation, c.Source)));
            var stateMedia = cited.Count > 0 && cited.All(c => c.Source.Kind == "state-media") ? AchCaution.StateMedia : AchCaution.None;
            return new AchRow
            {
                Item = r.Item,
                Summary = item.Summary,
                Relevance = r.Relevance,
                Grade = grade,
                Credibility = r.Credibility is { } level ? AchCredibility.Override(level, r.CredibilityReason ?? "no reason given") : AchCredibility.FromGrade(grade),
                Cautions = r.Cautions | stateMedia,
            };
        }).ToList();
        return new AchMatrix { Case = sheet.Case, Question = sheet.Question, Hypotheses = sheet.Hypotheses, Rows = rows, Cells = sheet.Cells };
    }

    /// <summary>The grade of one citation: the source's grade (or its kind's typical grade), with the citation's own credibility when it gives one.</summary>
    public static Grade? GradeOf(Citation citation, Source source)
    {
        var grade = source.Grade ?? (CodebookSet.Shipped.SourceKinds.TryGetValue(source.Kind, out var kind) ? kind.TypicalGrade : null);
        return grade is null ? null : citation.Credibility is { } credibility ? grade with { Credibility = credibility } : grade;
    }

    private static string Known(IReadOnlyList<string> cases) => cases.Count == 0 ? "; no case has one yet" : $"; cases with a matrix: {string.Join(", ", cases)}";
}
