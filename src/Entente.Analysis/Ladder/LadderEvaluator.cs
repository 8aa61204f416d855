namespace Entente.Analysis.Ladder;

/// <summary>
/// Decides each rung in each year from a pair's inputs. A clause is met, not met, or unknown when its source does not
/// cover the years it looks at; a group (clauses joined by and) is met when all are, and the criterion when any group is.
/// </summary>
public static partial class LadderEvaluator
{
    public static AlignmentLadder Evaluate(LadderCodebook codebook, DyadInputs inputs, int from, int to) => new()
    {
        A = inputs.A.Id,
        B = inputs.B.Id,
        From = from,
        To = to,
        Codebook = codebook.Name,
        Rungs = [.. codebook.Rungs.Select(rung => new RungResult(rung,
            [.. Enumerable.Range(from, to - from + 1).Select(year => inputs.BothExist(year)
                ? Decide(rung.Criterion, inputs, year)
                : new RungYear(year, RungState.NoState, []))]))],
    };

    private static RungYear Decide(Criterion criterion, DyadInputs inputs, int year)
    {
        var unknown = false;
        foreach (var group in criterion.AnyOf)
        {
            var links = new List<string>();
            var state = RungState.Met;
            foreach (var clause in group)
            {
                var result = Clause(clause, inputs, year);
                links.AddRange(result.Links);
                state = (state, result.State) switch
                {
                    (RungState.NotMet, _) or (_, RungState.NotMet) => RungState.NotMet,
                    (RungState.Unknown, _) or (_, RungState.Unknown) => RungState.Unknown,
                    _ => RungState.Met,
                };
            }

            if (state == RungState.Met)
            {
                return new RungYear(year, RungState.Met, [.. links.Distinct()]) { MetBy = string.Join(" and ", group.Select(c => c.Text)) };
            }

            unknown |= state == RungState.Unknown;
        }

        return new RungYear(year, unknown ? RungState.Unknown : RungState.NotMet, []);
    }

    /// <summary>One clause in one year, from the matches its source gives for each year it looks at.</summary>
    private static (RungState State, IReadOnlyList<string> Links) Clause(Clause clause, DyadInputs inputs, int year)
    {
        if (clause.Condition == ConditionKind.InForce)
        {
            if (!Covers(clause.Source, inputs, year))
            {
                return (RungState.Unknown, []);
            }

            var inForce = InForce(clause, inputs, year);
            return (inForce.Count > 0 ? RungState.Met : RungState.NotMet, inForce);
        }

        var window = Enumerable.Range(year - clause.Window + 1, clause.Window).ToList();
        var perYear = window.Select(y => (Year: y, Covered: Covers(clause.Source, inputs, y), Matches: Matches(clause, inputs, y))).ToList();
        var links = perYear.SelectMany(p => p.Matches).ToList();
        var met = clause.Condition == ConditionKind.Each ? perYear.All(p => p.Matches.Count > 0) : links.Count >= clause.Count;
        if (met)
        {
            return (RungState.Met, links);
        }

        // Not met on what is known; unknown if a year it needed lies outside the source's coverage,
        // unless a covered year without matches already breaks the regularity 'each' asks for.
        var settled = perYear.All(p => p.Covered) || (clause.Condition == ConditionKind.Each && perYear.Any(p => p.Covered && p.Matches.Count == 0));
        return (settled ? RungState.NotMet : RungState.Unknown, []);
    }
}
