using Entente.Evidence;
using static Entente.Analysis.Panel.EvidenceKinds;

namespace Entente.Analysis.Panel;

internal sealed partial class PanelBuilder
{
    private const string Curated = "evidence base (curated items)";

    /// <summary>Items of the pair dated in the year (an item spanning years counts in the year it began).</summary>
    private IEnumerable<EvidenceItem> In(int year, params string[] types) =>
        _in.Evidence.Where(i => i.Date.Start.Year == year && Is(i, types));

    /// <summary>A row counting the pair's curated items that <paramref name="inYear"/> places in a year; missing outside the evidence's years.</summary>
    private void Count(string id, string section, string label, Func<int, IEnumerable<EvidenceItem>> inYear, Func<IReadOnlyList<EvidenceItem>, string?>? text = null) =>
        Row(id, section, label, "items", Curated, _in.EvidenceYears, year =>
        {
            var items = inYear(year).ToList();
            return PanelCell.Of(year, items.Count, Links(items), text?.Invoke(items));
        });

    private void AddCuratedSource()
    {
        if (_in.Evidence.Count == 0)
        {
            _absent.Add($"evidence base: no curated item names both {_in.A.Id} and {_in.B.Id}, so the rows it fills are missing");
        }
        else
        {
            Source($"{Curated}: {_in.Evidence.Count} items on the pair, {_in.EvidenceYears}");
        }
    }

    private void AddAgreements()
    {
        static string Titles(IReadOnlyList<EvidenceItem> items) =>
            string.Join("; ", items.Select(i => i.Agreement?.Title ?? i.Id));
        Count("agreements.in-force", "agreements", "Agreements in force (signed by then)",
            year => _in.Evidence.Where(i => Is(i, "agreement") && i.Date.Start.Year <= year), Titles);
        Count("agreements.signed", "agreements", "Agreements signed", year => In(year, "agreement"), Titles);
        Row("agreements.articles", "agreements", "Articles of agreements in force (what they oblige)", "articles", Curated, _in.EvidenceYears, year =>
        {
            var items = _in.Evidence.Where(i => Is(i, "agreement") && i.Date.Start.Year <= year && i.Agreement is { Articles.Count: > 0 }).ToList();
            var articles = items.SelectMany(i => i.Agreement!.Articles.Select(a => $"{i.Agreement.Title ?? i.Id} art. {a.Number}: {a.Summary}")).ToList();
            return PanelCell.Of(year, articles.Count, Links(items), string.Join(" | ", articles));
        });
    }

    private void AddProgrammes() =>
        Count("programmes.active", "programmes", "Joint programmes active", year => _in.Evidence.Where(i => Is(i, "joint-programme") && Active(i, year)),
            items => string.Join("; ", items.Select(i => $"{i.Programme?.Name ?? i.Id} ({i.Programme?.Status ?? "status unknown"})")));

    /// <summary>
    /// Active from the item's first year to its last reported milestone or end; a programme still under way
    /// (not delivered, suspended or cancelled) stays active to the end of the evidence's years.
    /// </summary>
    private bool Active(EvidenceItem item, int year)
    {
        var reported = item.Programme?.Milestones.Where(m => !m.Expected).Select(m => m.Date.End.Year) ?? [];
        var last = reported.Append(item.Date.End.Year).Max();
        var ongoing = item.Programme?.Status is not ("delivered" or "suspended" or "cancelled");
        return year >= item.Date.Start.Year && (year <= last || (ongoing && year <= _in.EvidenceYears!.Value.Last));
    }

    private void AddExchanges() =>
        Count("exchanges.military", "exchanges", "Military exchanges, visits and consultations", year => In(year, "military-exchange"));

    private void AddFriction()
    {
        Count("friction.espionage", "friction", "Espionage cases", year => In(year, "incident.espionage"));
        Count("friction.copying", "friction", "Unauthorised copying", year => In(year, "incident.copying"));
        Count("friction.incidents", "friction", "Other incidents", year => In(year, "incident").Where(i => !Is(i, "incident.espionage", "incident.copying")));
        Count("friction.third-country-sales", "friction", "Competing arms sales in third countries (curated)", year => In(year, "third-country-transfer"));
    }
}
