namespace Entente.Sources;

/// <summary>Source reliability, NATO AJP-2.1 / STANAG 2511.</summary>
public enum Reliability
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged.</summary>
    F,
}
