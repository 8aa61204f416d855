namespace Entente.Analysis.Ladder;

/// <summary>Korolev's two groups of stages of alliance institutionalisation.</summary>
public enum Stage
{
    Moderate,
    Deep,
}
