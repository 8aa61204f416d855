using Entente.Evidence;

namespace Entente.Alliances;

/// <summary>
/// An evidence-base treaty's coding next to ATOP's coding of the same treaty, variable by variable: every obligation,
/// then every other variable either side codes. A row disagrees when both sides code it and the values differ.
/// </summary>
public sealed record TreatyComparison(string ItemId, string? Title, AtopAlliance? Atop, IReadOnlyList<TreatyComparisonRow> Rows)
{
    public bool Disagrees => Rows.Any(r => r.Disagrees);

    public static TreatyComparison Of(EvidenceItem item, AtopAlliance? atop)
    {
        var agreement = item.Agreement ?? new AgreementDetails();
        var ours = agreement.Coding.ToDictionary(c => c.Variable, StringComparer.OrdinalIgnoreCase);
        var names = AtopObligationNames.All.Select(o => o.Variable())
            .Concat(agreement.Coding.Select(c => c.Variable.ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var rows = names.Select(name => new TreatyComparisonRow(
            name, AtopCodebook.Find(name)?.Label ?? name, ours.GetValueOrDefault(name), atop is null ? null : AtopValue(atop, name)));
        return new TreatyComparison(item.Id, agreement.Title, atop, [.. rows]);
    }

    private static int? AtopValue(AtopAlliance atop, string variable) =>
        AtopObligationNames.FromVariable(variable) is { } obligation ? (atop.Obligations[obligation] ? 1 : 0) : atop.Variable(variable);
}

/// <summary>One variable: the evidence base's value and articles (null when it does not code it) and ATOP's value.</summary>
public sealed record TreatyComparisonRow(string Variable, string Label, TreatyCode? Ours, int? Atop)
{
    public bool Disagrees => Ours is not null && Atop is not null && Ours.Value != Atop;
}
