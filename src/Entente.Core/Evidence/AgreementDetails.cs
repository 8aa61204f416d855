namespace Entente.Evidence;

/// <summary>
/// An agreement or treaty with the articles an analysis discusses and, optionally, its coding in ATOP's terms:
/// the ATOP alliance that codes the same treaty, and obligation, condition and provision values, each resting on articles.
/// </summary>
public sealed record AgreementDetails
{
    public string? Title { get; init; }
    public IReadOnlyList<AgreementArticle> Articles { get; init; } = [];

    /// <summary>The ATOP alliance number of the same treaty, where ATOP codes it.</summary>
    public int? Atop { get; init; }

    public IReadOnlyList<TreatyCode> Coding { get; init; } = [];
}

public sealed record AgreementArticle(string Number, string Summary);
