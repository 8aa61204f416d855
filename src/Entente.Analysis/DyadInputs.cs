using Entente.Actors;
using Entente.Analysis.Datasets;
using Entente.ArmsTrade;
using Entente.Evidence;
using Entente.Warehouse.Queries;

namespace Entente.Analysis;

/// <summary>
/// Everything the sources hold on one pair, read once and shared by the panel and the ladder: the curated items,
/// the SIPRI matrix and the pair's deals, the event series by year, and the dataset rows. Null: the source is absent.
/// </summary>
public sealed record DyadInputs
{
    public required Actor A { get; init; }
    public required Actor B { get; init; }

    /// <summary>The registry the pair was resolved in: says which state a service belongs to (PLA → CHN).</summary>
    public ActorRegistry Registry { get; init; } = ActorRegistry.Shipped;
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
    public TradeMatrix? Trade { get; init; }
    public IReadOnlyList<ArmsDeal> DealsAToB { get; init; } = [];
    public IReadOnlyList<ArmsDeal> DealsBToA { get; init; } = [];

    /// <summary>Every recipient each of the two ever supplied in the release, for third-country competition.</summary>
    public IReadOnlyList<string> RecipientsOfA { get; init; } = [];

    public IReadOnlyList<string> RecipientsOfB { get; init; } = [];

    /// <summary>Years the warehouse holds any event; null without a warehouse.</summary>
    public IReadOnlySet<int>? EventYears { get; init; }

    public IReadOnlyList<DyadSeriesPoint> EventsByYear { get; init; } = [];
    public IReadOnlyList<DyadSeriesPoint> MilitaryCooperationByYear { get; init; } = [];
    public DatasetRows Datasets { get; init; } = DatasetRows.None;

    /// <summary>Both states existed in the year (the registry's validity periods).</summary>
    public bool BothExist(int year) => A.ExistsIn(year) && B.ExistsIn(year);

    /// <summary>The state an actor belongs to, following parents (PLA Navy → PLA → CHN); the actor itself if none is a state.</summary>
    public string StateOf(string actor)
    {
        for (var current = Registry.Find(actor); current is not null; current = current.Parent is { } parent ? Registry.Find(parent) : null)
        {
            if (current.Kind == ActorKind.State)
            {
                return current.Id;
            }
        }

        return actor;
    }

    /// <summary>
    /// The years the curated evidence covers for this pair: from its first to its last dated item. Outside them nobody
    /// has curated the pair, so evidence counts are missing, not zero; a pair with no items has no such years.
    /// </summary>
    public YearRange? EvidenceYears => Evidence.Count == 0 ? null
        : new YearRange(Evidence.Min(i => i.Date.Start.Year), Evidence.Max(i => i.Date.End.Year));
}
