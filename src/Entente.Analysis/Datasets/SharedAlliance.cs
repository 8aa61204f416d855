namespace Entente.Analysis.Datasets;

/// <summary>
/// An ATOP alliance both states are members of, with the years both were members and the obligations of the pair
/// (ATOP's DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL; null where not coded). <see cref="Key"/> names the dataset row.
/// </summary>
public sealed record SharedAlliance
{
    public required string Key { get; init; }
    public required int AtopId { get; init; }
    public required int FirstYear { get; init; }

    /// <summary>Null while the alliance is in force at the end of the release's coverage.</summary>
    public int? LastYear { get; init; }

    public bool? Defense { get; init; }
    public bool? Offense { get; init; }
    public bool? Neutrality { get; init; }
    public bool? NonAggression { get; init; }
    public bool? Consultation { get; init; }

    /// <summary>ATOP MILCON (military contact required by the treaty), INTCOM (integrated command) and BASE (basing provisions), as coded.</summary>
    public int? MilitaryContact { get; init; }

    public int? IntegratedCommand { get; init; }
    public int? Bases { get; init; }

    public bool InForce(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);

    /// <summary>The obligations coded 1, by ATOP's names.</summary>
    public IEnumerable<string> Obligations()
    {
        if (Defense == true) yield return "defense";
        if (Offense == true) yield return "offense";
        if (Neutrality == true) yield return "neutral";
        if (NonAggression == true) yield return "nonagg";
        if (Consultation == true) yield return "consul";
    }
}
