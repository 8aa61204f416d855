using System.Globalization;
using Entente.Analysis.Datasets;
using Entente.Analysis.Panel;
using Entente.Evidence;

namespace Entente.Analysis.Ladder;

public static partial class LadderEvaluator
{
    /// <summary>Whether the clause's source covers the year: outside it, absence of matches proves nothing.</summary>
    private static bool Covers(string source, DyadInputs inputs, int year) => source switch
    {
        "evidence" => inputs.EvidenceYears?.Contains(year) == true,
        "atop" => inputs.Datasets.AtopYears?.Contains(year) == true,
        "mme" => inputs.Datasets.MmeYears?.Contains(year) == true,
        "sipri" => inputs.Trade?.Release.Covers(year) == true,
        "events" => inputs.EventYears?.Contains(year) == true,
        _ => false,
    };

    private static IReadOnlyList<string> InForce(Clause clause, DyadInputs inputs, int year) => clause.Source switch
    {
        "evidence" => EvidenceLinks(inputs.Evidence.Where(i => i.Date.Start.Year <= year && Evidence(clause, i, inputs))),
        _ => [.. inputs.Datasets.Alliances.Where(a => a.InForce(year) && Alliance(clause, a)).Select(a => a.Key)],
    };

    /// <summary>The keys of what matches the clause in exactly this year.</summary>
    private static IReadOnlyList<string> Matches(Clause clause, DyadInputs inputs, int year)
    {
        switch (clause.Source)
        {
            case "evidence":
                return EvidenceLinks(inputs.Evidence.Where(i => i.Date.Start.Year == year && Evidence(clause, i, inputs)));
            case "atop":
                return [.. inputs.Datasets.Alliances.Where(a => a.FirstYear == year && Alliance(clause, a)).Select(a => a.Key)];
            case "mme":
                var participants = clause.Filter("participants");
                return [.. inputs.Datasets.Exercises.Where(e => e.Year == year
                    && (participants.Count == 0 || participants.Contains(e.IsBilateral ? "bilateral" : "multilateral"))).Select(e => e.Key)];
            case "sipri":
                return Trade(clause, inputs, year);
            default:
                var points = clause.Filter("codes").Contains("military-cooperation") ? inputs.MilitaryCooperationByYear : inputs.EventsByYear;
                var min = clause.Filter("min") is [var m] ? int.Parse(m, CultureInfo.InvariantCulture) : 1;
                return points.FirstOrDefault(p => p.Period.Year == year) is { } point && point.Events >= min
                    ? [$"events:{inputs.A.Id}-{inputs.B.Id}:{year}"] : [];
        }
    }

    private static bool Evidence(Clause clause, EvidenceItem item, DyadInputs inputs)
    {
        bool Any(string key, Func<string, bool> test) => clause.Filter(key) is not { Count: > 0 } values || values.Any(test);
        return Any("type", t => EvidenceKinds.Is(item, t))
            && Any("theme", item.Themes.Contains)
            && Any("domain", d => item.Exercise?.Domains.Contains(d) == true)
            && Any("text", t => item.Summary.Contains(t, StringComparison.OrdinalIgnoreCase) || item.Agreement?.Title?.Contains(t, StringComparison.OrdinalIgnoreCase) == true)
            && Any("place", p => (item.Place?.Country is { } c && (c == inputs.A.Id || c == inputs.B.Id)) == (p == "dyad") && item.Place?.Country is not null)
            && Any("participants", p => (EvidenceKinds.ParticipatingStates(item, inputs).Count <= 2) == (p == "bilateral"));
    }

    private static bool Alliance(Clause clause, SharedAlliance alliance)
    {
        static bool Is(IReadOnlyList<string> values, int? coded) =>
            values.Count == 0 || (coded is { } c && values.Contains(c.ToString(CultureInfo.InvariantCulture)));
        return (clause.Filter("obligation") is not { Count: > 0 } obligations || alliance.Obligations().Any(obligations.Contains))
            && Is(clause.Filter("milcon"), alliance.MilitaryContact)
            && Is(clause.Filter("intcom"), alliance.IntegratedCommand)
            && Is(clause.Filter("base"), alliance.Bases);
    }

    private static IReadOnlyList<string> Trade(Clause clause, DyadInputs inputs, int year)
    {
        if (inputs.Trade is not { } matrix)
        {
            return [];
        }

        var min = clause.Filter("min-tiv") is [var m] ? decimal.Parse(m, CultureInfo.InvariantCulture) : 0m;
        var direction = clause.Filter("direction") is [var d] ? d : "either";
        var (a, b) = (inputs.A.Id, inputs.B.Id);
        bool Reached(string s, string r) => matrix.Tiv(s, r, year) is { } tiv && tiv > 0 && tiv >= min;
        var links = new List<string>();
        if (direction is "a>b" or "either" && Reached(a, b))
        {
            links.Add($"sipri:{matrix.Release.Id}:{a}>{b}:{year}");
        }

        if (direction is "b>a" or "either" && Reached(b, a))
        {
            links.Add($"sipri:{matrix.Release.Id}:{b}>{a}:{year}");
        }

        return links;
    }

    private static IReadOnlyList<string> EvidenceLinks(IEnumerable<EvidenceItem> items) => EvidenceKinds.Links(items);
}
