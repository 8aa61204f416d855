namespace Entente.Reports.Briefs;

/// <summary>
/// The model a brief's templates see (documented in docs/brief-templates.md) and the JSON a brief writes for `--diff`.
/// Every figure in it was computed before the templates run; templates only place and word it.
/// </summary>
public sealed record Brief
{
    public required string Title { get; init; }
    public required string Dyad { get; init; }
    public required string ActorA { get; init; }
    public required string ActorB { get; init; }

    /// <summary>The pinned generation time (ISO 8601, UTC), part of the output.</summary>
    public required string GeneratedAt { get; init; }

    public IReadOnlyList<KeyJudgement> KeyJudgements { get; init; } = [];
    public IReadOnlyList<BriefSection> Sections { get; init; } = [];
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    public required BriefAnnex Annex { get; init; }
}

/// <summary>A judgement of the case with its estimative term and its confidence stated apart.</summary>
public sealed record KeyJudgement(string Item, string Statement, string Term, string Scale, string Range, string Confidence, string? Due, IReadOnlyList<int> Notes);

/// <summary>One theme of the brief: prose from the items, then tables and charts.</summary>
public sealed record BriefSection(string Id, string Title)
{
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<BriefTable> Tables { get; init; } = [];
    public IReadOnlyList<BriefChart> Charts { get; init; } = [];
}

/// <summary>One item's statement as the store holds it, with its date and the notes for its sources.</summary>
public sealed record Paragraph(string Item, string Date, string Text, IReadOnlyList<int> Notes)
{
    /// <summary>For forecasts and judgements: the estimative term and the confidence, apart.</summary>
    public string? Term { get; init; }

    public string? Confidence { get; init; }
}

public sealed record BriefTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string? Source { get; init; }
}

/// <summary>A chart drawn twice from the same series: inline SVG for HTML and PDF, a Mermaid block for Markdown on GitHub.</summary>
public sealed record BriefChart(string Id, string Title, string Svg, string Mermaid)
{
    public string? Source { get; init; }
}

/// <summary>A numbered note in the paper's citation style.</summary>
public sealed record Footnote(int Number, string Source, string Text);
