using Entente.ArmsTrade;
using Entente.Cameo;
using Entente.Cli.Hosting;
using Entente.Evidence;
using Entente.Storage.ArmsTrade;
using Entente.Warehouse;
using Entente.Warehouse.Queries;
using Entente.Warnings;

namespace Entente.Cli.Structured;

/// <summary>
/// Gathers each rule's observations from the evidence store, the SIPRI tables and the event warehouse. This composes
/// stores into answers, and moves to Entente.Analysis when that project lands; the judging is in <see cref="RuleEvaluator"/>.
/// </summary>
public sealed class WarningSources(IReadOnlyList<EvidenceItem> items, SqliteArmsTradeStore? sipri, EventWarehouse? warehouse)
{
    /// <summary>Why a rule saw no data (no SIPRI release, no warehouse), or null when its source was available.</summary>
    public string? Missing(WatchRule rule) => rule.Source switch
    {
        RuleSource.Sipri when sipri is null => "no SIPRI release is imported (entente import sipri FILE)",
        RuleSource.Events when warehouse is null => "no event warehouse (entente import gdelt|icews FILE)",
        _ => null,
    };

    public async Task<IReadOnlyList<Observation>> ObserveAsync(WatchRule rule, CancellationToken cancellationToken) => rule.Source switch
    {
        RuleSource.Evidence => EvidenceMatcher.Observe(rule, items),
        RuleSource.Sipri when sipri is not null => await SipriAsync(rule, sipri, cancellationToken),
        RuleSource.Events when warehouse is not null => Events(rule, warehouse),
        _ => [],
    };

    /// <summary>Deals of the newest SIPRI release between the rule's supplier and recipient, dated by order year, with the term asked for.</summary>
    private static async Task<IReadOnlyList<Observation>> SipriAsync(WatchRule rule, SqliteArmsTradeStore store, CancellationToken cancellationToken)
    {
        var release = (await store.FilesAsync(cancellationToken)).FirstOrDefault(f => f.Layout is SipriLayout.DeliveryRegister or SipriLayout.ClassicRegister);
        var supplier = Side(rule, "supplier");
        var recipient = Side(rule, "recipient");
        if (release is null || supplier is null || recipient is null)
        {
            return [];
        }

        var deals = await store.DealsAsync(release.Id, supplier, recipient, cancellationToken);
        return [.. deals.Where(d => d.OrderYear is not null).Select(d => new Observation($"sipri:{release.Id}:{d.Key}", new DateOnly(d.OrderYear!.Value, 1, 1), new DateOnly(d.OrderYear.Value, 12, 31),
            $"{d.SupplierName ?? d.Supplier} → {d.RecipientName ?? d.Recipient}: {d.NumberOrdered} {d.Designation} ({d.Description}), ordered {d.OrderYear}, SIPRI release {release.Id}, line {d.Line}")
        {
            Term = rule.Term switch { "category" => d.Category, "designation" => d.Designation, "supplier" => d.Supplier, _ => d.Designation },
        })];
    }

    /// <summary>The dyad's monthly distinct-event counts for the rule's CAMEO codes: one observation per month with events.</summary>
    private static IReadOnlyList<Observation> Events(WatchRule rule, EventWarehouse warehouse)
    {
        var codes = rule.Match.Codes.Count == 0 ? [] : CameoCodebook.Shipped.ResolveFilter(string.Join(',', rule.Match.Codes)).Codes;
        var query = new DyadQuery { Actor1 = rule.Match.Actors[0], Actor2 = rule.Match.Actors[1], Codes = codes, By = SeriesPeriod.Month };
        return [.. warehouse.DyadSeries(query).Select(p => new Observation($"events:{p.Dyad}:{p.Period:yyyy-MM}", p.Period, p.Period.AddMonths(1).AddDays(-1),
            $"{p.Dyad} {p.Period:yyyy-MM}: {p.DistinctEvents} distinct events")
        {
            Count = p.DistinctEvents,
        })];
    }

    private static string? Side(WatchRule rule, string role) =>
        rule.Match.Actors.FirstOrDefault(a => a.StartsWith(role + ":", StringComparison.Ordinal))?[(role.Length + 1)..];

    /// <summary>The event warehouse when one exists; rules over events are reported as lacking data otherwise, and none is created.</summary>
    public static EventWarehouse? OpenWarehouseIfPresent(CommandContext context) =>
        File.Exists(context.WarehousePath) ? EventWarehouse.Open(context.WarehousePath) : null;
}
