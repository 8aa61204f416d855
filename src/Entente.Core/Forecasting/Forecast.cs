namespace Entente.Forecasting;

/// <summary>A scored forecast: the statement with its categories, author, topic and due date, every update, and its resolution once known.</summary>
public sealed record Forecast
{
    public required string Id { get; init; }
    public required string Statement { get; init; }
    public required string Author { get; init; }
    public string Topic { get; init; } = "general";
    public string Scale { get; init; } = "icd203";
    public string? Confidence { get; init; }
    public string? ResolutionCriteria { get; init; }
    public DateOnly? Due { get; init; }
    public ForecastKind Kind { get; init; } = ForecastKind.Binary;
    public IReadOnlyList<string> Categories { get; init; } = ["yes", "no"];
    public required IReadOnlyList<ForecastUpdate> Updates { get; init; }
    public ForecastResolution? Resolution { get; init; }

    public ForecastUpdate Current => Updates[^1];

    /// <summary>Past its due date on <paramref name="today"/> and still unresolved.</summary>
    public bool IsPastDue(DateOnly today) => Resolution is null && Due is { } due && due < today;

    /// <summary>The update in effect on <paramref name="day"/>, or null before the first.</summary>
    public ForecastUpdate? InEffect(DateOnly day) => Updates.LastOrDefault(u => u.On <= day);
}
