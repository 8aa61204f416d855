using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Cameo;
using Entente.Evidence;
using Entente.Storage;
using Entente.Warehouse.Queries;
using Entente.Web.Hosting;

namespace Entente.Web.Dossier;

/// <summary>
/// Puts a dossier together from the computations the CLI already calls: TradeMatrix indicators (`entente trade`),
/// evidence queries (`entente evidence --dyad`), warehouse dyad series (`entente events`). It formats nothing and
/// computes no figure of its own. When Entente.Analysis lands, its dyad panel replaces this composition.
/// </summary>
public sealed class DossierBuilder(Workbench workbench)
{
    private const int CacheLimit = 256;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string A, string B, string Version), DossierAnswer> _cache = new();

    /// <summary>The dossier of a pair; answers are kept per data version (see <see cref="Workbench.DataVersion"/>), so an import shows at once.</summary>
    public async Task<DossierAnswer> BuildAsync(Actor a, Actor b, CancellationToken cancellationToken)
    {
        var key = (a.Id, b.Id, workbench.DataVersion());
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var answer = await ComposeAsync(a, b, cancellationToken);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[key] = answer;
        return answer;
    }

    private async Task<DossierAnswer> ComposeAsync(Actor a, Actor b, CancellationToken cancellationToken)
    {
        var trade = await TradeAsync(a.Id, b.Id, cancellationToken);
        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        var sections = new List<DossierSection>();
        foreach (var (id, label, types) in DossierSections.All)
        {
            var items = await store.QueryItemsAsync(new EvidenceQuery { Dyad = (a.Id, b.Id), Types = types }, cancellationToken);
            sections.Add(new DossierSection(id, label, types, [.. items.OrderBy(i => i.Date.Start).Select(Point)]));
        }

        var judgements = await store.QueryItemsAsync(new EvidenceQuery { Dyad = (a.Id, b.Id), Types = DossierSections.JudgementTypes }, cancellationToken);
        return new DossierAnswer
        {
            A = new DossierActor(a.Id, a.Name),
            B = new DossierActor(b.Id, b.Name),
            Trade = trade,
            Sections = sections,
            Events = Events(a.Id, b.Id),
            Judgements = [.. judgements.OrderBy(i => i.Date.Start).Select(Judgement)],
            NotYetAvailable = ["alliance panel (issue 11)", "alignment ladder (issue 11)"],
        };
    }

    public static DossierItem Point(EvidenceItem item) =>
        new(item.Id, item.Type, item.Date.ToString(), item.Date.Start, item.Date.End,
            item.Date.From.Precision.ToString().ToLowerInvariant(), item.Summary);

    private static KeyJudgement Judgement(EvidenceItem item) =>
        new(item.Id, item.Summary, item.Forecast?.Statement, item.Forecast?.Scale, item.Forecast?.Term, item.Forecast?.Confidence, item.Forecast?.Due?.ToString());

    private async Task<DossierTrade?> TradeAsync(string a, string b, CancellationToken cancellationToken)
    {
        if (await workbench.MatrixAsync(null, cancellationToken) is not { } matrix)
        {
            return null;
        }

        var years = matrix.Years.ToList();
        return new DossierTrade(
            matrix.Release.Id, matrix.Release.File, matrix.Release.FirstYear, matrix.Release.LastYear,
            [.. years.Select(y => matrix.Indicators(a, b, y)).OfType<DyadYear>()],
            [.. years.Select(y => matrix.Indicators(b, a, y)).OfType<DyadYear>()],
            matrix.Rank(a, b, matrix.Release.FirstYear, matrix.Release.LastYear),
            matrix.Rank(b, a, matrix.Release.FirstYear, matrix.Release.LastYear));
    }

    private DossierEvents? Events(string a, string b) => workbench.WithWarehouse(warehouse =>
    {
        var all = new DyadQuery { Actor1 = a, Actor2 = b, By = SeriesPeriod.Year };
        var cooperation = all with { Codes = CameoCodebook.Shipped.ResolveFilter("military-cooperation").Codes };
        return new DossierEvents(warehouse.DyadSeries(all), warehouse.DyadSeries(cooperation), warehouse.DatasetCounts(all));
    });
}
