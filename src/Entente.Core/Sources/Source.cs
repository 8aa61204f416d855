using Entente.Dates;

namespace Entente.Sources;

/// <summary>A work evidence is taken from, graded as a whole; the citation is what an analyst would footnote.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    /// <summary>An id from the source-kinds codebook (official, wire, specialist, ...).</summary>
    public required string Kind { get; init; }

    public string? Publisher { get; init; }
    public required SourceTitle Title { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public PartialDate? Date { get; init; }
    public string? Url { get; init; }
    public string? Page { get; init; }
    public CitedIn? CitedIn { get; init; }
    public Grade? Grade { get; init; }
}
