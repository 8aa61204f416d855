using Entente.Actors;
using Entente.Alliances;

namespace Entente.Analysis.Datasets;

public sealed partial class DatasetReader
{
    private async Task<DatasetRows> WithAtopAsync(DatasetRows rows, Dictionary<string, string> sources, int a, int b, int from, int to, CancellationToken cancellationToken)
    {
        if (await CurrentFileAsync("atop", AtopFile.MemberLayout, cancellationToken) is not { } atop)
        {
            return rows;
        }

        sources["atop"] = atop.Describe();
        _memberships ??= await store!.AtopMembershipsAsync(cancellationToken: cancellationToken);
        _alliances ??= (await store!.AtopAlliancesAsync(cancellationToken: cancellationToken)).ToDictionary(x => x.AtopId);
        _portfolios ??= new AlliancePortfolios(_memberships);
        var shared = AtopSharedAlliance.Between(_memberships, _alliances, a, b);
        var years = Years(atop);
        var similarity = new List<SimilarityYear>();
        for (var year = from; year <= to; year++)
        {
            if (years?.Contains(year) == true && _portfolios.SScore(a, b, year, System(year)) is { } score)
            {
                similarity.Add(new SimilarityYear { Year = year, SScore = (decimal)Math.Round(score, 4), SScoreRows = [$"atop:member:{a}:{year}", $"atop:member:{b}:{year}"] });
            }
        }

        return rows with { AtopYears = years, Alliances = [.. shared.Select(Alliance)], Similarity = similarity };
    }

    /// <summary>
    /// The pair's view of a shared alliance: the obligations either member undertakes (ATOP codes them per member) and
    /// the alliance's military provisions (MILCON, INTCOM, BASE) from the alliance-level file where imported.
    /// </summary>
    private static SharedAlliance Alliance(AtopSharedAlliance shared)
    {
        var (x, y) = (shared.A.Obligations, shared.B.Obligations);
        int? Provision(string name) => shared.Alliance?.Variable(name) ?? shared.A.Variable(name);
        return new SharedAlliance
        {
            Key = $"atop:{shared.AtopId}",
            AtopId = shared.AtopId,
            FirstYear = shared.FromYear,
            LastYear = shared.ToYear,
            Defense = x.Defense || y.Defense,
            Offense = x.Offense || y.Offense,
            Neutrality = x.Neutral || y.Neutral,
            NonAggression = x.NonAggression || y.NonAggression,
            Consultation = x.Consultation || y.Consultation,
            MilitaryContact = Provision("milcon"),
            IntegratedCommand = Provision("intcom"),
            Bases = Provision("base"),
        };
    }

    private async Task<IReadOnlyList<Entente.UnVotes.IdealPoint>> PointsAsync(int code, CancellationToken cancellationToken)
    {
        if (!_points.TryGetValue(code, out var points))
        {
            _points[code] = points = await store!.IdealPointsAsync(code, cancellationToken: cancellationToken);
        }

        return points;
    }

    /// <summary>The states of the system in a year for the S-score: the registry's states existing then, by COW code.</summary>
    private IReadOnlyCollection<int> System(int year)
    {
        if (!_systems.TryGetValue(year, out var system))
        {
            _systems[year] = system = registry.Actors.Where(s => s.Kind == ActorKind.State && s.ExistsIn(year))
                .Select(s => Cow(s, year)).OfType<int>().ToHashSet();
        }

        return system;
    }

    private async Task<DatasetRows> WithIdealPointsAsync(DatasetRows rows, Dictionary<string, string> sources, int a, int b, CancellationToken cancellationToken)
    {
        if (await CurrentFileAsync("unga", Entente.Storage.Datasets.SqliteDatasetStore.IdealPointLayout, cancellationToken) is not { } unga)
        {
            return rows;
        }

        sources["unga"] = unga.Describe();
        var pointsB = (await PointsAsync(b, cancellationToken)).GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.First());
        var distances = (await PointsAsync(a, cancellationToken)).Where(p => pointsB.ContainsKey(p.Year))
            .Select(p => Entente.UnVotes.IdealPointDistance.Between(p, pointsB[p.Year])).ToDictionary(d => d.Year);
        var merged = rows.Similarity.ToDictionary(s => s.Year);
        foreach (var (year, d) in distances)
        {
            merged[year] = (merged.GetValueOrDefault(year) ?? new SimilarityYear { Year = year }) with
            {
                IdealPointDistance = (decimal)Math.Round(d.Distance, 4),
                DistanceLow = d.Low is { } low ? (decimal)Math.Round(low, 4) : null,
                DistanceHigh = d.High is { } high ? (decimal)Math.Round(high, 4) : null,
                DistanceRows = [$"unga:{a}:{year}", $"unga:{b}:{year}"],
            };
        }

        return rows with { UngaYears = Years(unga), Similarity = [.. merged.Values.OrderBy(s => s.Year)] };
    }
}
