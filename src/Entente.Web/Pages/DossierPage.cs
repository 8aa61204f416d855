using Entente.Actors;
using Entente.Web.Charts;
using Entente.Web.Dossier;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>The dyad dossier page: formats a <see cref="DossierAnswer"/>; every mark links to the evidence or dataset rows behind it.</summary>
public static partial class DossierPage
{
    public static async Task<ContentHttpResult> RenderAsync(string a, string b, Workbench workbench, DossierBuilder builder, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        var first = registry.Resolve(a);
        var second = registry.Resolve(b);
        if (first.Actor is null || second.Actor is null)
        {
            var problem = first.Actor is null ? first : second;
            return Layout.Page("Unknown actor", "Dossier", Html.Of($"<p role=\"alert\">{problem.Describe()}</p>{Picker(registry, a, b)}"), StatusCodes.Status404NotFound);
        }

        var dossier = await builder.BuildAsync(first.Actor, second.Actor, cancellationToken);
        var content = Html.Of($"""
            {Picker(registry, dossier.A.Id, dossier.B.Id)}
            {Headline(dossier)}
            <section aria-labelledby="trade"><h2 id="trade">Arms trade (SIPRI)</h2>{Trade(dossier)}</section>
            <section aria-labelledby="evidence"><h2 id="evidence">Curated evidence</h2>{Evidence(dossier)}</section>
            <section aria-labelledby="events"><h2 id="events">Event data: cooperation and tone</h2>{Events(dossier)}</section>
            <section aria-labelledby="judgements"><h2 id="judgements">Key judgements</h2>{Judgements(dossier)}</section>
            <section aria-labelledby="pending"><h2 id="pending">Not available yet</h2>
            <p class="notice">{string.Join("; ", dossier.NotYetAvailable)}: these views appear here when their computation lands. See <a href="/panel">Panel</a> and <a href="/ladder">Ladder</a>.</p></section>
            """);
        return Layout.Page($"{dossier.A.Name} – {dossier.B.Name}", "Dossier", content);
    }

    /// <summary>Any pair of states: two labelled selects, a plain GET form (no script needed).</summary>
    private static Html Picker(ActorRegistry registry, string a, string b)
    {
        var states = registry.Actors.Where(x => x.Kind == ActorKind.State).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        Html Options(string selected) => Html.Join(states.Select(s =>
            Html.Of($"<option value=\"{s.Id}\"{(string.Equals(s.Id, selected, StringComparison.OrdinalIgnoreCase) ? Html.Of($" selected") : Html.Empty)}>{s.Name}</option>")));
        return Html.Of($"""
            <form class="inline" method="get" action="/dossier" aria-label="Choose a pair of states">
            <label>First state<select name="a">{Options(a)}</select></label>
            <label>Second state<select name="b">{Options(b)}</select></label>
            <button type="submit">Open dossier</button>
            </form>
            """);
    }

    private static Html Headline(DossierAnswer d)
    {
        var cards = new List<Html>();
        if (d.Trade is { } t)
        {
            cards.Add(Card($"{d.A.Name}'s rank among {d.B.Name}'s suppliers, {t.FirstYear}–{t.LastYear}", t.AsSupplierRankOfB?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", $"SIPRI TIV, release {t.Release}"));
            cards.Add(Card($"{d.B.Name}'s rank among {d.A.Name}'s suppliers, {t.FirstYear}–{t.LastYear}", t.BsSupplierRankOfA?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", $"SIPRI TIV, release {t.Release}"));
        }

        foreach (var section in d.Sections)
        {
            cards.Add(Html.Of($"<div class=\"card\"><a href=\"{EvidenceHref(d, section.Types)}\">{section.Label}</a><strong>{section.Items.Count}</strong><span class=\"muted\">curated items</span></div>"));
        }

        return Html.Of($"<div class=\"cards\">{cards}</div>");
    }

    private static Html Card(string label, string value, string source) =>
        Html.Of($"<div class=\"card\"><span>{label}</span><strong>{value}</strong><span class=\"muted\">{source}</span></div>");

    internal static string EvidenceHref(DossierAnswer d, IEnumerable<string> types) =>
        $"/evidence?dyad={Layout.U(d.A.Id)}%2C{Layout.U(d.B.Id)}" + string.Concat(types.Select(t => $"&type={Layout.U(t)}"));

    private static Html Trade(DossierAnswer d)
    {
        if (d.Trade is not { } t)
        {
            return Html.Of($"<p class=\"notice\">No SIPRI trade register is imported. Run <code>entente import sipri trade-register.csv</code> with a register in the 2024 layout (one row per delivery year).</p>");
        }

        var years = Enumerable.Range(t.FirstYear, t.LastYear - t.FirstYear + 1).ToList();
        var ab = t.AToB.ToDictionary(y => y.Year);
        var ba = t.BToA.ToDictionary(y => y.Year);
        string Deals(string s, string r, int year) => $"/deals/{Layout.U(s)}/{Layout.U(r)}?year={year}";
        var tiv = BarChart.Render("tiv", $"Arms transfers both ways, SIPRI TIV (millions), release {t.Release}. Each bar leads to the register rows delivering that year.", years,
        [
            new BarSeries($"{d.A.Name} → {d.B.Name}", years.ToDictionary(y => y, y => (double?)ab.GetValueOrDefault(y)?.Tiv)) { Href = y => Deals(d.A.Id, d.B.Id, y) },
            new BarSeries($"{d.B.Name} → {d.A.Name}", years.ToDictionary(y => y, y => (double?)ba.GetValueOrDefault(y)?.Tiv)) { Href = y => Deals(d.B.Id, d.A.Id, y) },
        ]);
        var shares = BarChart.Render("shares", $"Share of the recipient's arms imports, per cent (SIPRI TIV, release {t.Release}).", years,
        [
            new BarSeries($"{d.A.Name}'s share of {d.B.Name}'s imports", years.ToDictionary(y => y, y => (double?)ab.GetValueOrDefault(y)?.ShareOfRecipientImports)) { Unit = "%", Href = y => Deals(d.A.Id, d.B.Id, y) },
            new BarSeries($"{d.B.Name}'s share of {d.A.Name}'s imports", years.ToDictionary(y => y, y => (double?)ba.GetValueOrDefault(y)?.ShareOfRecipientImports)) { Unit = "%", Href = y => Deals(d.B.Id, d.A.Id, y) },
        ]);
        return Html.Of($"""
            <p class="muted">Source: SIPRI Arms Transfers Database, release {t.Release} ({t.File}), covering {t.FirstYear}–{t.LastYear}. TIV is a volume of transfers, not money. Years before a state existed are missing, not zero.</p>
            {tiv}{shares}{RankTable(d, t)}
            """);
    }

    private static Html RankTable(DossierAnswer d, DossierTrade t)
    {
        var rows = t.AToB.Concat(t.BToA).Where(y => y.Tiv > 0).OrderBy(y => y.Year).ThenBy(y => y.Supplier, StringComparer.Ordinal).Select(y => Html.Of($"""
            <tr><td>{y.Year}</td><td>{Name(d, y.Supplier)} → {Name(d, y.Recipient)}</td><td class="num"><a href="/deals/{Layout.U(y.Supplier)}/{Layout.U(y.Recipient)}?year={y.Year}">{y.Tiv:0.#}</a></td>
            <td class="num">{y.ShareOfSupplierExports:0.#}</td><td class="num">{y.ShareOfRecipientImports:0.#}</td><td class="num">{y.SupplierRank}</td><td class="num">{y.RecipientHhi:0}</td></tr>
            """));
        return Html.Of($"""
            <details><summary>Year by year: TIV, shares, supplier rank, concentration</summary>
            <table><thead><tr><th scope="col">Year</th><th scope="col">Direction</th><th class="num" scope="col">TIV</th><th class="num" scope="col">% of supplier's exports</th>
            <th class="num" scope="col">% of recipient's imports</th><th class="num" scope="col">Supplier rank</th><th class="num" scope="col">Recipient HHI</th></tr></thead>
            <tbody>{rows}</tbody></table></details>
            """);
    }

    private static string Name(DossierAnswer d, string id) => id == d.A.Id ? d.A.Name : id == d.B.Id ? d.B.Name : id;
}
