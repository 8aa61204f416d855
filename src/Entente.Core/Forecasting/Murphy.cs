namespace Entente.Forecasting;

/// <summary>Calibration table, Murphy decomposition and discrimination from binary (probability, outcome) pairs.</summary>
public static class Murphy
{
    /// <summary>Ten equal bins, [0, 0.1) … [0.9, 1]; the last one closed.</summary>
    public const int DefaultBins = 10;

    public static MurphyDecomposition Decompose(IReadOnlyList<(double Probability, bool Happened)> pairs, int bins = DefaultBins)
    {
        if (pairs.Count == 0)
        {
            throw new ArgumentException("no resolved forecasts to decompose", nameof(pairs));
        }

        var n = (double)pairs.Count;
        var baseRate = pairs.Count(p => p.Happened) / n;
        var groups = pairs.GroupBy(p => Math.Min((int)Math.Floor(p.Probability * bins), bins - 1)).OrderBy(g => g.Key).ToList();
        double reliability = 0, resolution = 0, variance = 0, covariance = 0, binned = 0;
        var table = new List<CalibrationBin>();
        foreach (var group in groups)
        {
            var count = group.Count();
            var meanForecast = group.Average(p => p.Probability);
            var observed = group.Count(p => p.Happened) / (double)count;
            reliability += count * Math.Pow(meanForecast - observed, 2);
            resolution += count * Math.Pow(observed - baseRate, 2);
            foreach (var (probability, happened) in group)
            {
                var o = happened ? 1.0 : 0.0;
                variance += Math.Pow(probability - meanForecast, 2);
                covariance += 2 * (o - observed) * (probability - meanForecast);
                binned += Math.Pow(meanForecast - o, 2);
            }

            table.Add(new CalibrationBin(group.Key / (double)bins, (group.Key + 1) / (double)bins, count, meanForecast, observed));
        }

        var yes = pairs.Where(p => p.Happened).ToList();
        var no = pairs.Where(p => !p.Happened).ToList();
        return new MurphyDecomposition
        {
            Count = pairs.Count,
            Brier = pairs.Average(p => Brier.Binary(p.Probability, p.Happened)),
            BinnedBrier = binned / n,
            Reliability = reliability / n,
            Resolution = resolution / n,
            Uncertainty = baseRate * (1 - baseRate),
            WithinBinVariance = variance / n,
            WithinBinCovariance = covariance / n,
            BaseRate = baseRate,
            Bins = table,
            Discrimination = yes.Count > 0 && no.Count > 0 ? yes.Average(p => p.Probability) - no.Average(p => p.Probability) : null,
        };
    }
}
