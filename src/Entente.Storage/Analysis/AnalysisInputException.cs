namespace Entente.Storage.Analysis;

/// <summary>A write the analysis store refuses, with the reason; nothing was written. <see cref="NotFound"/> when it names something absent.</summary>
public sealed class AnalysisInputException(string message, bool notFound = false) : Exception(message)
{
    public bool NotFound { get; } = notFound;
}
