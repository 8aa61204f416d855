using Entente.Reports.Lint.Rules;

namespace Entente.Reports.Lint;

/// <summary>Runs the tradecraft rules over a case; findings come back in a stable order (location, rule, subject).</summary>
public sealed class Linter(IReadOnlyList<ILintRule> rules)
{
    /// <summary>Every rule the product ships, in the order they are documented.</summary>
    public static IReadOnlyList<ILintRule> ShippedRules { get; } =
    [
        new UnsourcedStatementRule(),
        new MixedScalesRule(),
        new LikelihoodWithConfidenceRule(),
        new UnevenMappingRule(),
        new MissingConfidenceRule(),
        new OlderReleaseRule(),
        new ContradictedClaimRule(),
        new PastDueForecastRule(),
        new OutletGradingDriftRule(),
        new WeakSupportRule(),
        new DuplicateQuantityRule(),
        new OutsideFactRule(),
    ];

    public static Linter Shipped { get; } = new(ShippedRules);

    public IReadOnlyList<ILintRule> Rules => rules;

    public IReadOnlyList<LintFinding> Run(LintCase subject) =>
    [
        .. rules.SelectMany(r => r.Check(subject))
            .OrderBy(f => f.Location is null ? 1 : 0)
            .ThenBy(f => f.Location ?? "", LocationComparer.Instance)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal),
    ];

    /// <summary>Orders "file:line:col" by file, then numerically by line and column.</summary>
    private sealed class LocationComparer : IComparer<string>
    {
        public static readonly LocationComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var (fx, lx) = Split(x ?? "");
            var (fy, ly) = Split(y ?? "");
            var byFile = string.CompareOrdinal(fx, fy);
            return byFile != 0 ? byFile : lx.CompareTo(ly);
        }

        private static (string File, long Position) Split(string location)
        {
            var parts = location.Split(':');
            return parts.Length >= 3 && int.TryParse(parts[^2], out var line) && int.TryParse(parts[^1], out var col)
                ? (string.Join(':', parts[..^2]), (line * 10_000L) + col)
                : (location, 0);
        }
    }
}
