namespace Entente.Storage;

/// <summary>Filters on sources.</summary>
public sealed record SourceQuery
{
    public string? Kind { get; init; }

    /// <summary>Matches title (any language form), publisher or author, case-insensitively.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<string> Ids { get; init; } = [];

    public static SourceQuery All { get; } = new();
}
