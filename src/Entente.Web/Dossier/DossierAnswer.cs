using Entente.ArmsTrade;
using Entente.Warehouse.Queries;

namespace Entente.Web.Dossier;

/// <summary>
/// Everything the workbench shows about a pair of states, as read from the stores: SIPRI indicators both ways,
/// the curated evidence by section, event-data series and the key judgements. Each part is null or empty when its
/// data is not imported; a pair with no curated evidence still gets every dataset answer.
/// </summary>
public sealed record DossierAnswer
{
    public required DossierActor A { get; init; }
    public required DossierActor B { get; init; }

    /// <summary>Null when no SIPRI delivery register is imported.</summary>
    public DossierTrade? Trade { get; init; }

    public IReadOnlyList<DossierSection> Sections { get; init; } = [];

    /// <summary>Null when no event warehouse exists.</summary>
    public DossierEvents? Events { get; init; }

    public IReadOnlyList<KeyJudgement> Judgements { get; init; } = [];

    /// <summary>Views computed by work that has not landed yet (the alliance panel and ladder), named so the page can say so.</summary>
    public IReadOnlyList<string> NotYetAvailable { get; init; } = [];
}

public sealed record DossierActor(string Id, string Name);

/// <summary>SIPRI indicators of both directions, year by year, from one release (TradeMatrix.Indicators, as `entente trade`).</summary>
public sealed record DossierTrade(
    string Release,
    string File,
    int FirstYear,
    int LastYear,
    IReadOnlyList<DyadYear> AToB,
    IReadOnlyList<DyadYear> BToA,
    int? AsSupplierRankOfB,
    int? BsSupplierRankOfA);

/// <summary>A dossier section (exercises, agreements …): the dyad's items of the section's evidence types.</summary>
public sealed record DossierSection(string Id, string Label, IReadOnlyList<string> Types, IReadOnlyList<DossierItem> Items);

/// <summary>An item as a chart point: where it sits in time and at what precision, and what it says.</summary>
public sealed record DossierItem(string Id, string Type, string Date, DateOnly Start, DateOnly End, string Precision, string Summary);

/// <summary>The dyad's event series by year from the warehouse (EventWarehouse.DyadSeries, as `entente events --by year`).</summary>
public sealed record DossierEvents(IReadOnlyList<DyadSeriesPoint> All, IReadOnlyList<DyadSeriesPoint> MilitaryCooperation, IReadOnlyDictionary<string, long> Datasets);

/// <summary>A judgement or forecast with its estimative term and the confidence the analyst gave it.</summary>
public sealed record KeyJudgement(string Id, string Summary, string? Statement, string? Scale, string? Term, string? Confidence, string? Due);
