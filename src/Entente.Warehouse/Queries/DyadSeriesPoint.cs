namespace Entente.Warehouse.Queries;

/// <summary>
/// One period of a dyad series. Events are rows (one per GLOBALEVENTID / ICEWS Event ID); distinct events count the
/// same dataset, day, actors, CAMEO code and place once, however many records GDELT made of it; weighted counts add up
/// NumArticles, NumSources and NumMentions (ICEWS rows, which carry none, weigh 1).
/// </summary>
public sealed record DyadSeriesPoint
{
    public required string Dyad { get; init; }
    public required DateOnly Period { get; init; }
    public long Events { get; init; }
    public long DistinctEvents { get; init; }
    public long Articles { get; init; }
    public long Sources { get; init; }
    public long Mentions { get; init; }
    public double VerbalCooperationShare { get; init; }
    public double MaterialCooperationShare { get; init; }
    public double VerbalConflictShare { get; init; }
    public double MaterialConflictShare { get; init; }
    public double? MeanGoldstein { get; init; }
    public double? SumGoldstein { get; init; }
    public double? MeanTone { get; init; }
}

/// <summary>One CAMEO code's share of a dyad's events.</summary>
public sealed record TopCode(string Code, string? Label, long Events, double Share, double? MeanGoldstein);
