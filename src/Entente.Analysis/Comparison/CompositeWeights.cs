using Entente.Analysis.Ladder;

namespace Entente.Analysis.Comparison;

/// <summary>
/// The weight of each rung in the composite index, all shown with the result. The default (moderate rungs 1, deep
/// rungs 2) is Entente's choice, not the literature's: deep stages bind more, but by how much is a judgement,
/// which is why the index comes with its sensitivity to every weight.
/// </summary>
public sealed record CompositeWeights(IReadOnlyDictionary<string, double> ByRung)
{
    public static CompositeWeights Default(LadderCodebook codebook) =>
        new(codebook.Rungs.ToDictionary(r => r.Id, r => r.Stage == Stage.Deep ? 2.0 : 1.0));

    /// <summary>The defaults with some weights replaced (<c>rung=weight</c>); an unknown rung or a negative weight is an error.</summary>
    public static CompositeWeights Parse(LadderCodebook codebook, IEnumerable<string> overrides)
    {
        var weights = new Dictionary<string, double>(Default(codebook).ByRung);
        foreach (var text in overrides)
        {
            if (text.Split('=', 2) is not [var rung, var value] || !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                throw new FormatException($"'{text}' is not RUNG=WEIGHT with a weight ≥ 0");
            }

            if (!weights.ContainsKey(rung.Trim()))
            {
                throw new FormatException($"'{rung}' is not a rung of {codebook.Name}; rungs: {string.Join(", ", weights.Keys)}");
            }

            weights[rung.Trim()] = weight;
        }

        return new CompositeWeights(weights);
    }

    public CompositeWeights With(string rung, double weight) =>
        new(new Dictionary<string, double>(ByRung) { [rung] = weight });
}
