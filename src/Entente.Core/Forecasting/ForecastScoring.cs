namespace Entente.Forecasting;

/// <summary>Scores resolved forecasts and groups them; the one place forecast figures are computed.</summary>
public static class ForecastScoring
{
    public static ForecastScore Score(Forecast forecast)
    {
        var resolution = forecast.Resolution ?? throw new InvalidOperationException($"forecast {forecast.Id} is not resolved");
        var last = forecast.InEffect(resolution.On) ?? forecast.Updates[0];
        return new ForecastScore(forecast.Id, forecast.Author, forecast.Topic, forecast.Kind, resolution.On,
            Brier.Native(forecast.Kind, last.Probabilities, resolution.Outcome), Brier.DailyAverage(forecast));
    }

    /// <summary>Scores every resolved forecast and groups them by "analyst" or "topic" (and always by year of resolution).</summary>
    public static ForecastScoreboard Scoreboard(IReadOnlyList<Forecast> forecasts, string by, DateOnly today, int bins = Murphy.DefaultBins)
    {
        var resolved = forecasts.Where(f => f.Resolution is not null && f.Updates.Count > 0).ToList();
        var scores = resolved.Select(Score).ToList();
        Func<ForecastScore, string> key = by switch
        {
            "analyst" => s => s.Author,
            "topic" => s => s.Topic,
            _ => throw new ArgumentException($"scores can be grouped by analyst or topic, not '{by}'", nameof(by)),
        };
        var pairs = resolved.SelectMany(BinaryPairs).ToList();
        return new ForecastScoreboard
        {
            Scores = scores,
            GroupedBy = by,
            Groups = Group(scores, key),
            ByYear = Group(scores, s => s.ResolvedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Decomposition = pairs.Count == 0 ? null : Murphy.Decompose(pairs, bins),
            Open = forecasts.Count(f => f.Resolution is null),
            PastDue = forecasts.Count(f => f.IsPastDue(today)),
        };
    }

    /// <summary>The binary (probability, outcome) pairs a forecast contributes to calibration: yes/no, or one per category against the rest.</summary>
    public static IEnumerable<(double Probability, bool Happened)> BinaryPairs(Forecast forecast)
    {
        var resolution = forecast.Resolution!;
        var last = forecast.InEffect(resolution.On) ?? forecast.Updates[0];
        return forecast.Kind == ForecastKind.Binary
            ? [(last.Probabilities[0], resolution.Outcome == 0)]
            : last.Probabilities.Select((p, i) => (p, i == resolution.Outcome));
    }

    private static List<ScoreGroup> Group(List<ForecastScore> scores, Func<ForecastScore, string> key) =>
        [.. scores.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScoreGroup(g.Key, g.Count(), g.Average(s => s.Final), g.Average(s => s.DailyAverage)))];
}
