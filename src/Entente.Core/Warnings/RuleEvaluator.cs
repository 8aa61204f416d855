using System.Globalization;

namespace Entente.Warnings;

/// <summary>Evaluates a rule over its observations (already matched and sorted by start date) as of a day; the only place rules are judged.</summary>
public static partial class RuleEvaluator
{
    public static RuleEvaluation Evaluate(WatchRule rule, IReadOnlyList<Observation> matches, DateOnly asOf)
    {
        var sorted = matches.OrderBy(m => m.Start).ThenBy(m => m.Ref, StringComparer.Ordinal).ToList();
        var findings = rule.Kind switch
        {
            RuleKind.Any => [.. sorted.Select(m => new RuleFinding(m.Start, $"{m.Label}", [m.Ref]) { Current = m.Count })],
            RuleKind.Frequency => Frequency(rule, sorted),
            RuleKind.Spike or RuleKind.Drop => Change(rule, sorted),
            RuleKind.Flatline => Flatline(rule, sorted, asOf),
            RuleKind.NewTerm => NewTerms(rule, sorted),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, null),
        };
        return new RuleEvaluation(rule, sorted.Count, findings);
    }

    /// <summary>
    /// Each match opens a window of WindowDays; the matches whose spans come within it are counted (or their distinct terms),
    /// and a window reaching Count fires once: windows with the same members as one already reported are not repeated.
    /// </summary>
    private static List<RuleFinding> Frequency(WatchRule rule, List<Observation> sorted)
    {
        var findings = new List<RuleFinding>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
        {
            var anchor = sorted[i];
            var members = sorted.Skip(i).TakeWhile(m => m.Start.DayNumber - anchor.End.DayNumber <= rule.WindowDays).ToList();
            var measured = rule.Distinct ? members.Select(m => m.Term).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() : (int)members.Sum(m => m.Count);
            var key = string.Join('|', members.Select(m => m.Ref));
            if (measured >= rule.Count && reported.Add(key) && !findings.Any(f => members.All(m => f.Refs.Contains(m.Ref))))
            {
                var what = rule.Distinct ? $"{measured} different {rule.Term ?? "term"}(s) ({string.Join(", ", members.Select(m => m.Term).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))})" : $"{measured} matches";
                findings.Add(new RuleFinding(anchor.Start, $"{what} within {rule.WindowDays} days from {anchor.Start:yyyy-MM-dd}", [.. members.Select(m => m.Ref)])
                {
                    Current = measured,
                    Reference = rule.Count,
                });
            }
        }

        return findings;
    }

    private static List<RuleFinding> Flatline(WatchRule rule, List<Observation> sorted, DateOnly asOf)
    {
        var findings = new List<RuleFinding>();
        for (var i = 1; i <= sorted.Count; i++)
        {
            var after = sorted.Count == 0 ? null : sorted[i - 1];
            var nextStart = i < sorted.Count ? sorted[i].Start : asOf;
            var gap = after is null ? 0 : nextStart.DayNumber - after.End.DayNumber;
            if (gap > rule.WindowDays)
            {
                var until = i < sorted.Count ? $"until {sorted[i].Label} on {nextStart:yyyy-MM-dd}" : $"up to {asOf:yyyy-MM-dd}";
                findings.Add(new RuleFinding(after!.End, $"no match for {gap} days after {after.Label} ({after.End:yyyy-MM-dd}) {until}", [after.Ref])
                {
                    Current = gap,
                    Reference = rule.WindowDays,
                });
            }
        }

        return findings;
    }

    private static List<RuleFinding> NewTerms(WatchRule rule, List<Observation> sorted)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var findings = new List<RuleFinding>();
        foreach (var match in sorted.Where(m => m.Term is not null))
        {
            if (seen.Add(match.Term!) && (rule.Since is not { } since || match.Start >= since))
            {
                var previous = seen.Count - 1;
                findings.Add(new RuleFinding(match.Start, $"first {rule.Term ?? "term"} '{match.Term}' ({match.Label}); {previous.ToString(CultureInfo.InvariantCulture)} known before", [match.Ref]));
            }
        }

        return findings;
    }
}
