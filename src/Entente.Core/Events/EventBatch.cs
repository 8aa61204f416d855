namespace Entente.Events;

/// <summary>
/// Up to <see cref="Capacity"/> parsed events in columns, the unit an importer hands to the warehouse. Reused:
/// a parser fills it, the warehouse writes it, the parser fills it again; memory stays bounded whatever the file size.
/// GDELT and ICEWS rows land in these same columns (ICEWS country names resolved to CAMEO codes and registry ids).
/// Given a <see cref="TermTable"/>, every text column but the free ones (<see cref="FreeText"/>) is coded as term keys.
/// </summary>
public sealed class EventBatch
{
    public const int DefaultCapacity = 16384;

    /// <summary>The text columns kept as text even when the batch codes the others: values that rarely repeat.</summary>
    public static IReadOnlySet<EventText> FreeText { get; } = new HashSet<EventText> { EventText.EventText, EventText.SourceUrl };

    public EventBatch(int capacity = DefaultCapacity, TermTable? terms = null)
    {
        Capacity = capacity;
        EventId = new long[capacity];
        EventDate = new DateOnly[capacity];
        DateAdded = new DateTime?[capacity];
        Line = new long[capacity];
        IsRootEvent = new bool?[capacity];
        QuadClass = new byte?[capacity];
        Goldstein = new double?[capacity];
        NumMentions = new int?[capacity];
        NumSources = new int?[capacity];
        NumArticles = new int?[capacity];
        AvgTone = new double?[capacity];
        ActionLat = new double?[capacity];
        ActionLong = new double?[capacity];
        foreach (var column in Enum.GetValues<EventText>())
        {
            Text[(int)column] = new TextColumn(capacity, FreeText.Contains(column) ? null : terms);
        }
    }

    public int Capacity { get; }
    public int Count { get; set; }

    /// <summary>The dataset of every row in the batch (gdelt1, gdelt2, icews): part of the dedup key.</summary>
    public string Dataset { get; set; } = "";
    public bool IsFull => Count == Capacity;

    public long[] EventId { get; }
    public DateOnly[] EventDate { get; }
    public DateTime?[] DateAdded { get; }
    public long[] Line { get; }
    public bool?[] IsRootEvent { get; }
    public byte?[] QuadClass { get; }
    public double?[] Goldstein { get; }
    public int?[] NumMentions { get; }
    public int?[] NumSources { get; }
    public int?[] NumArticles { get; }
    public double?[] AvgTone { get; }
    public double?[] ActionLat { get; }
    public double?[] ActionLong { get; }
    public TextColumn[] Text { get; } = new TextColumn[Enum.GetValues<EventText>().Length];

    public TextColumn this[EventText column] => Text[(int)column];

    public void Clear()
    {
        Count = 0;
        foreach (var column in Text)
        {
            column.Clear();
        }
    }
}

/// <summary>The text columns of an event, in warehouse order.</summary>
public enum EventText
{
    Actor1Id,
    Actor1Code,
    Actor1Name,
    Actor1Country,
    Actor1Type,
    Actor1Sectors,
    Actor2Id,
    Actor2Code,
    Actor2Name,
    Actor2Country,
    Actor2Type,
    Actor2Sectors,
    EventCode,
    EventBaseCode,
    EventRootCode,
    EventText,
    ActionCountry,
    ActionPlace,
    Publisher,
    SourceUrl,
}
