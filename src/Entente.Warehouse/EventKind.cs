namespace Entente.Warehouse;

/// <summary>What an input is expected to hold, as the user said on the command line.</summary>
public enum EventKind
{
    /// <summary>GDELT 1.0 or 2.0 events (layout detected from the column count).</summary>
    GdeltEvents,

    /// <summary>GDELT 2.0 mentions.</summary>
    GdeltMentions,

    /// <summary>ICEWS events (.tab).</summary>
    Icews,
}
