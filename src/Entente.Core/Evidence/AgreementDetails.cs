namespace Entente.Evidence;

/// <summary>An agreement or treaty with the articles an analysis discusses.</summary>
public sealed record AgreementDetails
{
    public string? Title { get; init; }
    public IReadOnlyList<AgreementArticle> Articles { get; init; } = [];
}

public sealed record AgreementArticle(string Number, string Summary);
