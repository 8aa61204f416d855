using System.Globalization;
using Entente.Sources;

namespace Entente.Codebooks;

/// <summary>
/// The codebooks an evidence bundle is checked against, read from the embedded TSV files.
/// Schema as data: adding a type or a metric is a line in a file, not a code change.
/// </summary>
public sealed class CodebookSet
{
    private static readonly Lazy<CodebookSet> Lazy = new(Load);

    private CodebookSet(
        IReadOnlyList<EvidenceType> types, IReadOnlyList<CodeEntry> roles, IReadOnlyList<CodeEntry> themes,
        IReadOnlyList<Measure> measures, IReadOnlyList<ClaimMetric> metrics, IReadOnlyList<EstimativeTerm> terms,
        IReadOnlyList<SourceKind> sourceKinds)
    {
        Types = types.ToDictionary(t => t.Id);
        Roles = roles.ToDictionary(r => r.Id);
        Themes = themes.ToDictionary(t => t.Id);
        Measures = measures.ToDictionary(m => m.Id);
        Metrics = metrics.ToDictionary(m => m.Id);
        Terms = terms;
        SourceKinds = sourceKinds.ToDictionary(k => k.Id);
    }

    public static CodebookSet Shipped => Lazy.Value;

    public IReadOnlyDictionary<string, EvidenceType> Types { get; }
    public IReadOnlyDictionary<string, CodeEntry> Roles { get; }
    public IReadOnlyDictionary<string, CodeEntry> Themes { get; }
    public IReadOnlyDictionary<string, Measure> Measures { get; }
    public IReadOnlyDictionary<string, ClaimMetric> Metrics { get; }
    public IReadOnlyList<EstimativeTerm> Terms { get; }
    public IReadOnlyDictionary<string, SourceKind> SourceKinds { get; }

    public IEnumerable<string> Scales => Terms.Select(t => t.Scale).Distinct();

    public EstimativeTerm? Term(string scale, string term) =>
        Terms.FirstOrDefault(t => t.Scale == scale && string.Equals(t.Term, term, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type ids a filter selects: the type itself and its subtypes.</summary>
    public IReadOnlyList<string> TypesMatching(string filter) => [.. Types.Values.Where(t => t.IsA(filter)).Select(t => t.Id)];

    private static CodebookSet Load()
    {
        var types = TsvTable.LoadEmbedded("evidence-types.tsv").Rows.Select(r => new EvidenceType(
            r["id"], r.Optional("parent"), r["label"], r.List("cameo"), r.Optional("requires"), r["description"]));
        var roles = Entries("roles.tsv");
        var themes = Entries("themes.tsv");
        var measures = TsvTable.LoadEmbedded("measures.tsv").Rows.Select(r => new Measure(r["id"], r["label"], r.List("units")));
        var metrics = TsvTable.LoadEmbedded("claim-metrics.tsv").Rows.Select(r => new ClaimMetric(
            r["id"], r["label"], r.List("roles"), r.List("units"), r["description"]));
        var terms = TsvTable.LoadEmbedded("estimative-terms.tsv").Rows.Select(r => new EstimativeTerm(
            r["scale"], r["term"], Number(r["min"]), Number(r["max"])));
        var kinds = TsvTable.LoadEmbedded("source-kinds.tsv").Rows.Select(r => new SourceKind(
            r["id"], r["label"], new Grade(Enum.Parse<Reliability>(r["reliability"]), int.Parse(r["credibility"], CultureInfo.InvariantCulture), r["rationale"])));
        return new CodebookSet([.. types], roles, themes, [.. measures], [.. metrics], [.. terms], [.. kinds]);

        static IReadOnlyList<CodeEntry> Entries(string file) =>
            [.. TsvTable.LoadEmbedded(file).Rows.Select(r => new CodeEntry(r["id"], r["label"], r.Header.Contains("description") ? r.Optional("description") : null))];

        static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
    }
}
