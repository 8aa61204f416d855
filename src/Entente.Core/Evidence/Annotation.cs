using Entente.Dates;

namespace Entente.Evidence;

/// <summary>An analyst's interpretation, kept apart from what the sources state.</summary>
public sealed record Annotation(string Author, string Text)
{
    public PartialDate? Date { get; init; }
}
