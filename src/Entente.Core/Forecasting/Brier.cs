namespace Entente.Forecasting;

/// <summary>
/// Brier scores, in the conventions analysts meet: the binary (p − o)² on 0–1; Good Judgment Open's sum over all
/// categories on 0–2; ordered categories as the mean of the binary scores of each cumulative split ("outcome ≤ k").
/// </summary>
public static class Brier
{
    public static double Binary(double probability, bool happened) => Square(probability - (happened ? 1 : 0));

    /// <summary>Σ over categories of (pᵢ − oᵢ)²: 0 for certainty on the outcome, 2 for certainty on a wrong one.</summary>
    public static double Categorical(IReadOnlyList<double> probabilities, int outcome)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            sum += Square(probabilities[i] - (i == outcome ? 1 : 0));
        }

        return sum;
    }

    /// <summary>Mean over the K − 1 splits "category ≤ k" of the binary Brier score of the cumulative probability.</summary>
    public static double Ordered(IReadOnlyList<double> probabilities, int outcome)
    {
        var cumulative = 0.0;
        var sum = 0.0;
        for (var k = 0; k < probabilities.Count - 1; k++)
        {
            cumulative += probabilities[k];
            sum += Binary(cumulative, outcome <= k);
        }

        return sum / (probabilities.Count - 1);
    }

    /// <summary>
    /// The score of a forecast's own convention on one day: binary (0–1) for yes/no questions, ordered for ordered
    /// categories, categorical (0–2) otherwise.
    /// </summary>
    public static double Native(ForecastKind kind, IReadOnlyList<double> probabilities, int outcome) => kind switch
    {
        ForecastKind.Binary => Binary(probabilities[0], outcome == 0),
        ForecastKind.Ordered => Ordered(probabilities, outcome),
        _ => Categorical(probabilities, outcome),
    };

    /// <summary>
    /// Good Judgment Open's daily average: every day from the first forecast to the day before resolution is scored
    /// with the forecast then in effect (0–2, all categories), and the days are averaged. A forecast made on the day
    /// it resolved scores that one day.
    /// </summary>
    public static double DailyAverage(Forecast forecast, Func<IReadOnlyList<double>, int, double>? score = null)
    {
        var resolution = forecast.Resolution ?? throw new InvalidOperationException($"forecast {forecast.Id} is not resolved");
        score ??= Categorical;
        var first = forecast.Updates[0].On;
        if (resolution.On <= first)
        {
            return score(forecast.InEffect(resolution.On)?.Probabilities ?? forecast.Updates[0].Probabilities, resolution.Outcome);
        }

        var total = 0.0;
        var days = 0;
        var index = 0;
        for (var day = first; day < resolution.On; day = day.AddDays(1))
        {
            while (index + 1 < forecast.Updates.Count && forecast.Updates[index + 1].On <= day)
            {
                index++;
            }

            total += score(forecast.Updates[index].Probabilities, resolution.Outcome);
            days++;
        }

        return total / days;
    }

    private static double Square(double x) => x * x;
}
