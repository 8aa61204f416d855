using Entente.Actors;
using Entente.Analysis.Datasets;
using Entente.Analysis.Ladder;
using Entente.Analysis.Panel;
using Entente.ArmsTrade;
using Entente.Storage;
using Entente.Warehouse.Queries;

namespace Entente.Analysis;

/// <summary>
/// The one place that answers questions about a pair of states from the stores: the panel, the alignment ladder and
/// their comparison across pairs. Front ends format what it returns and compute nothing themselves. One instance
/// serves many pairs: the SIPRI matrix and the warehouse's coverage are read once.
/// </summary>
public sealed partial class DyadAnalysis(AnalysisSources sources)
{
    /// <summary>The period shown when none is asked for: from the flagship's 2001 Treaty to its paper (2020).</summary>
    public static readonly (int From, int To) DefaultPeriod = (2001, 2020);

    private TradeMatrix? _matrix;
    private bool _matrixRead;
    private ILookup<string, string>? _recipients;
    private IReadOnlySet<int>? _eventYears;

    public AnalysisSources Sources => sources;

    /// <summary>Reads everything the sources hold on the pair (canonical registry ids) for the years.</summary>
    public async Task<DyadInputs> InputsAsync(string a, string b, int from, int to, CancellationToken cancellationToken = default)
    {
        var actorA = Find(a);
        var actorB = Find(b);
        var items = await sources.Evidence.QueryItemsAsync(new EvidenceQuery { Dyad = (actorA.Id, actorB.Id) }, cancellationToken);

        // MME's exercises are stored as evidence items, but they are dataset rows with the dataset's coverage, not curation.
        var mme = items.Where(i => i.Id.StartsWith(DatasetReader.MmeItemPrefix, StringComparison.Ordinal)).ToList();
        var evidence = items.Where(i => !i.Id.StartsWith(DatasetReader.MmeItemPrefix, StringComparison.Ordinal)).ToList();
        var matrix = await MatrixAsync(cancellationToken);
        var inputs = new DyadInputs
        {
            A = actorA,
            B = actorB,
            Registry = sources.Registry,
            Evidence = evidence,
            Trade = matrix,
            DealsAToB = matrix is null ? [] : await sources.ArmsTrade!.DealsAsync(matrix.Release.Id, actorA.Id, actorB.Id, cancellationToken),
            DealsBToA = matrix is null ? [] : await sources.ArmsTrade!.DealsAsync(matrix.Release.Id, actorB.Id, actorA.Id, cancellationToken),
            RecipientsOfA = [.. _recipients?[actorA.Id] ?? []],
            RecipientsOfB = [.. _recipients?[actorB.Id] ?? []],
            Datasets = await sources.Datasets.ReadAsync(actorA, actorB, mme, from, to, cancellationToken),
        };
        return sources.Events is null ? inputs : inputs with
        {
            EventYears = _eventYears ??= sources.Events.EventsPerYear().Keys.ToHashSet(),
            EventsByYear = sources.Events.DyadSeries(YearQuery(actorA.Id, actorB.Id, [])),
            MilitaryCooperationByYear = sources.Events.DyadSeries(YearQuery(actorA.Id, actorB.Id, MilitaryCooperationCodes)),
        };
    }

    public async Task<DyadPanel> PanelAsync(string a, string b, int from, int to, CancellationToken cancellationToken = default) =>
        PanelBuilder.Build(await InputsAsync(a, b, from, to, cancellationToken), from, to);

    public async Task<AlignmentLadder> AlignmentAsync(string a, string b, int from, int to, LadderCodebook? codebook = null, CancellationToken cancellationToken = default) =>
        LadderEvaluator.Evaluate(codebook ?? LadderCodebook.Shipped, await InputsAsync(a, b, from, to, cancellationToken), from, to);

    /// <summary>The SIPRI release every trade row is read from: the one pinned, else the newest delivery register.</summary>
    public async Task<TradeMatrix?> MatrixAsync(CancellationToken cancellationToken = default)
    {
        if (!_matrixRead && sources.ArmsTrade is { } store)
        {
            _matrix = await SipriReleases.MatrixAsync(store, sources.Registry, sources.SipriRelease, cancellationToken);
            _recipients = _matrix?.Dyads.ToLookup(d => d.Supplier, d => d.Recipient);
            _matrixRead = true;
        }

        return _matrix;
    }

    internal static IReadOnlyList<string> MilitaryCooperationCodes =>
        Entente.Cameo.CameoCodebook.Shipped.Sets["military-cooperation"].Codes;

    private Actor Find(string id) => sources.Registry.Find(id)
        ?? throw new ArgumentException($"'{id}' is not a registry actor id; resolve names with the actor registry first.", nameof(id));

    /// <summary>Every year of the pair (not only the period): ladder criteria look back over windows of years.</summary>
    private static DyadQuery YearQuery(string a, string b, IReadOnlyList<string> codes) => new()
    {
        Actor1 = a,
        Actor2 = b,
        By = SeriesPeriod.Year,
        Codes = codes,
    };
}
