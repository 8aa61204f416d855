namespace Entente.UnVotes;

/// <summary>
/// A state's UN General Assembly ideal point in one year (Bailey, Strezhnev and Voeten), with the quantiles of its
/// posterior that the dataset publishes, and every other numeric variable of the row by its Stata name.
/// </summary>
public sealed record IdealPoint
{
    /// <summary>The COW code the dataset uses (ccode).</summary>
    public required int CountryCode { get; init; }

    public string? Iso3 { get; init; }

    /// <summary>The registry actor the code resolves to in that year; null when the registry lacks it.</summary>
    public string? ActorId { get; init; }

    public required int Year { get; init; }

    /// <summary>The ideal point estimated from all votes (IdealPointAll).</summary>
    public required double Value { get; init; }

    /// <summary>The 5 % and 95 % quantiles of the estimate (Q5%All, Q95%All): a 90 % interval. Null when absent.</summary>
    public double? Low { get; init; }

    public double? High { get; init; }

    public int? Votes { get; init; }

    public IReadOnlyDictionary<string, double> Variables { get; init; } = new Dictionary<string, double>();

    /// <summary>The observation's number in the file (1-based), its provenance.</summary>
    public int Observation { get; init; }
}
