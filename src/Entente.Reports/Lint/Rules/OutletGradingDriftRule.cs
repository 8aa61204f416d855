using System.Text.RegularExpressions;
using Entente.Sources;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// Reliability (A–F) grades the outlet, credibility (1–6) the report, so one outlet keeps one reliability letter.
/// An outlet (a publisher, or an organisation named as author, such as Xinhua on china.org.cn) given different letters
/// in different places must say why in the departing grade's rationale: a comparison ("B rather than C because …",
/// "unlike", "the state-media default") or the letter it departs from.
/// </summary>
public sealed partial class OutletGradingDriftRule : ILintRule
{
    public string Id => "outlet-grading-drift";

    public string Description => "An outlet keeps one reliability grade, or states why a grade departs from it.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var byOutlet = subject.Sources.Where(s => s.Grade is not null)
            .SelectMany(s => OutletsOf(s).Select(o => (Outlet: o, Source: s)))
            .GroupBy(x => x.Outlet, StringComparer.OrdinalIgnoreCase);
        foreach (var outlet in byOutlet.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var grades = outlet.GroupBy(x => x.Source.Grade!.Reliability.ToString()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (grades.Count < 2)
            {
                continue;
            }

            var usual = grades[0].Key;
            var spread = string.Join(", ", grades.Select(g => $"{g.Key} ×{g.Count()}: {string.Join(" ", g.Select(x => x.Source.Grade!.Code))}"));
            foreach (var (_, source) in grades.Skip(1).SelectMany(g => g))
            {
                if (!StatesReason(source.Grade!, usual))
                {
                    yield return subject.At(this, source,
                        $"grades {outlet.Key} {source.Grade!.Code}, reliability {source.Grade.Reliability}, where the case usually rates its reliability {usual} ({spread}); the rationale gives no reason for the difference");
                }
            }
        }
    }

    /// <summary>The publisher, and any author that is an organisation (written without "Surname, Given").</summary>
    public static IEnumerable<string> OutletsOf(Source source)
    {
        var outlets = new List<string>();
        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            outlets.Add(source.Publisher.Trim());
        }

        outlets.AddRange(source.Authors.Where(a => !a.Contains(',', StringComparison.Ordinal) && !a.Contains(' ', StringComparison.Ordinal)));
        return outlets.Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static bool StatesReason(Grade grade, string usual) =>
        grade.Rationale is { } rationale && (Comparison().IsMatch(rationale) || Regex.IsMatch(rationale, $@"\b{usual}\b", RegexOptions.CultureInvariant));

    [GeneratedRegex(@"\b(rather than|unlike|instead of|default|usual(ly)?|departs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();
}
