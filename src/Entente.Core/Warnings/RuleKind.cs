namespace Entente.Warnings;

/// <summary>What a watch rule looks for in its matches.</summary>
public enum RuleKind
{
    /// <summary>A matching item or row appears.</summary>
    Any,

    /// <summary>At least Count matches (or Count distinct terms) within WindowDays.</summary>
    Frequency,

    /// <summary>A period's count at least Factor times the mean of the reference periods before it.</summary>
    Spike,

    /// <summary>A period's count at most 1/Factor of the mean of the reference periods before it.</summary>
    Drop,

    /// <summary>No match for WindowDays (between matches, or from the last match to the evaluation date).</summary>
    Flatline,

    /// <summary>A term (theatre, supplier, weapon category …) never seen before.</summary>
    NewTerm,
}

/// <summary>Where a rule's matches come from.</summary>
public enum RuleSource
{
    Evidence,
    Events,
    Sipri,
}
