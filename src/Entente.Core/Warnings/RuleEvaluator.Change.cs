using System.Globalization;

namespace Entente.Warnings;

public static partial class RuleEvaluator
{
    /// <summary>
    /// Spike or drop: counts per period (periods without a match count 0, from the first match's period on), each period
    /// against the mean of the ReferencePeriods before it. The larger of the two must reach MinCount, so quiet against
    /// quiet never fires.
    /// </summary>
    private static List<RuleFinding> Change(WatchRule rule, List<Observation> sorted)
    {
        var findings = new List<RuleFinding>();
        if (sorted.Count == 0)
        {
            return findings;
        }

        var buckets = sorted.GroupBy(m => PeriodOf(rule.Period, m.Start)).ToDictionary(g => g.Key, g => (Count: g.Sum(m => m.Count), Refs: g.Select(m => m.Ref).ToList()));
        var first = buckets.Keys.Min();
        var last = buckets.Keys.Max();
        var counts = new List<(DateOnly Period, double Count)>();
        for (var period = first; period <= last; period = Next(rule.Period, period))
        {
            counts.Add((period, buckets.TryGetValue(period, out var b) ? b.Count : 0));
        }

        for (var i = rule.ReferencePeriods; i < counts.Count; i++)
        {
            var current = counts[i].Count;
            var reference = counts.Skip(i - rule.ReferencePeriods).Take(rule.ReferencePeriods).Average(c => c.Count);
            if (Math.Max(current, reference) < rule.MinCount)
            {
                continue;
            }

            var fires = rule.Kind == RuleKind.Spike ? current >= rule.Factor * reference : current * rule.Factor <= reference;
            if (fires)
            {
                var change = reference == 0 ? "from none" : $"{(current / reference).ToString("0.##", CultureInfo.InvariantCulture)}×";
                var period = counts[i].Period;
                findings.Add(new RuleFinding(period, $"{current.ToString("0.##", CultureInfo.InvariantCulture)} in {rule.Period} of {period:yyyy-MM-dd} against a mean of {reference.ToString("0.##", CultureInfo.InvariantCulture)} over the {rule.ReferencePeriods} before ({change})",
                    buckets.TryGetValue(period, out var b) ? b.Refs : [])
                {
                    Current = current,
                    Reference = reference,
                });
            }
        }

        return findings;
    }

    public static DateOnly PeriodOf(string period, DateOnly day) => period switch
    {
        "day" => day,
        "year" => new DateOnly(day.Year, 1, 1),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    private static DateOnly Next(string period, DateOnly start) => period switch
    {
        "day" => start.AddDays(1),
        "year" => start.AddYears(1),
        _ => start.AddMonths(1),
    };
}
