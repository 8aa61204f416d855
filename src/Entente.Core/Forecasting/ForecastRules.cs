using System.Globalization;
using Entente.Codebooks;

namespace Entente.Forecasting;

/// <summary>What makes a forecast well-formed: probabilities in 0–1 summing to 1, a term on the case's one scale that fits the probability.</summary>
public static class ForecastRules
{
    public const double Tolerance = 1e-6;

    /// <summary>The problem with a probability vector for <paramref name="categories"/> categories, or null when it is valid.</summary>
    public static string? ProbabilityProblem(IReadOnlyList<double> probabilities, int categories)
    {
        if (probabilities.Count != categories)
        {
            return $"{probabilities.Count} probabilities for {categories} categories; give one per category";
        }

        if (probabilities.FirstOrDefault(p => !double.IsFinite(p) || p < 0 || p > 1) is var bad && probabilities.Any(p => !double.IsFinite(p) || p < 0 || p > 1))
        {
            return $"probability {bad.ToString(CultureInfo.InvariantCulture)} is outside 0–1";
        }

        var sum = probabilities.Sum();
        return Math.Abs(sum - 1) > Tolerance ? $"the probabilities sum to {sum.ToString("0.######", CultureInfo.InvariantCulture)}, not 1" : null;
    }

    /// <summary>The term of <paramref name="scale"/> that contains <paramref name="probability"/>, or null in a gap of the yardstick (PHIA has gaps).</summary>
    public static EstimativeTerm? TermFor(IReadOnlyList<EstimativeTerm> terms, string scale, double probability) =>
        terms.Where(t => t.Scale == scale).OrderBy(t => t.Max - t.Min).FirstOrDefault(t => t.Contains(probability));

    /// <summary>The probability a bare term stands for when the author gave none: the middle of its range.</summary>
    public static double Midpoint(EstimativeTerm term) => Math.Round((term.Min + term.Max) / 2, 4);

    /// <summary>One sentence per scale beyond the first used in a case; empty when the case keeps to one scale.</summary>
    public static IReadOnlyList<string> MixedScales(string caseName, IEnumerable<(string Id, string Scale)> forecasts)
    {
        var byScale = forecasts.GroupBy(f => f.Scale, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
        return [.. byScale.Skip(1).Select(g =>
            $"case '{caseName}' mixes estimative scales: {g.Count()} forecast(s) on {g.Key} (first: {g.First().Id}) beside {byScale[0].Count()} on {byScale[0].Key}; use one scale per case")];
    }
}
