namespace Entente.Web.Charts;

/// <summary>One series of a bar chart: a value per year (null = missing, drawn as nothing), where each bar links, and its label.</summary>
public sealed record BarSeries(string Name, IReadOnlyDictionary<int, double?> Values)
{
    /// <summary>Where a bar leads: the evidence or dataset rows behind the value.</summary>
    public Func<int, string?> Href { get; init; } = _ => null;

    public string Unit { get; init; } = "";

    public string Format { get; init; } = "0.#";
}
