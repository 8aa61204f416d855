using Entente.Actors;
using Entente.Alliances;
using Entente.Evidence;
using Entente.Storage.Datasets;

namespace Entente.Analysis.Datasets;

/// <summary>
/// Reads a pair's ATOP, MME and UNGA ideal-point rows from the dataset store, computing nothing itself: shared
/// alliances, S-scores and ideal-point distances are Core's (<see cref="AlliancePortfolios"/>, <see cref="Entente.UnVotes.IdealPointDistance"/>).
/// Without a store (<see cref="None"/>) nothing is imported and the rows those datasets fill are missing.
/// One reader serves many pairs: the alliance portfolios are read once.
/// </summary>
public sealed partial class DatasetReader(SqliteDatasetStore? store, ActorRegistry registry)
{
    /// <summary>The prefix of the evidence items MME's importer writes (one per exercise).</summary>
    public const string MmeItemPrefix = "mme-";

    // Read once per reader and shared by every pair it answers: the dataset files, ATOP's memberships and alliances
    // (and the portfolios built on them), each state's ideal points, the states of the system per year.
    private IReadOnlyList<Entente.Datasets.DatasetFile>? _files;
    private IReadOnlyList<AtopMembership>? _memberships;
    private IReadOnlyDictionary<int, AtopAlliance>? _alliances;
    private AlliancePortfolios? _portfolios;
    private readonly Dictionary<int, IReadOnlyList<Entente.UnVotes.IdealPoint>> _points = [];
    private readonly Dictionary<int, IReadOnlyCollection<int>> _systems = [];

    public static DatasetReader None { get; } = new(null, ActorRegistry.Shipped);

    /// <summary>The pair's dataset rows; <paramref name="mmeItems"/> are the pair's evidence items that came from MME.</summary>
    public async Task<DatasetRows> ReadAsync(Actor a, Actor b, IReadOnlyList<EvidenceItem> mmeItems, int from, int to, CancellationToken cancellationToken = default)
    {
        if (store is null)
        {
            return DatasetRows.None;
        }

        var sources = new Dictionary<string, string>();
        var rows = DatasetRows.None;
        if (await CurrentFileAsync("mme", "exercise", cancellationToken) is { } mme)
        {
            sources["mme"] = mme.Describe();
            rows = rows with { MmeYears = Years(mme), Exercises = [.. mmeItems.Select(i => Exercise(i, a, b))] };
        }

        var (codeA, codeB) = (Cow(a, to), Cow(b, to));
        if (codeA is { } ca && codeB is { } cb)
        {
            rows = await WithAtopAsync(rows, sources, ca, cb, from, to, cancellationToken);
            rows = await WithIdealPointsAsync(rows, sources, ca, cb, cancellationToken);
        }

        return rows with { Sources = sources };
    }

    private JointExercise Exercise(EvidenceItem item, Actor a, Actor b)
    {
        var inputs = new DyadInputs { A = a, B = b, Registry = registry };
        return new JointExercise
        {
            Key = $"item:{item.Id}",
            Year = item.Date.Start.Year,
            Name = item.Exercise?.Series ?? item.Summary,
            Participants = Math.Max(2, Panel.EvidenceKinds.ParticipatingStates(item, inputs).Count),
            Domains = item.Exercise?.Domains ?? [],
            Location = item.Place?.Describe(),
        };
    }

    /// <summary>The file reads answer from, as the store picks it: the newest import of the dataset's layout.</summary>
    private async Task<Entente.Datasets.DatasetFile?> CurrentFileAsync(string dataset, string layout, CancellationToken cancellationToken)
    {
        _files ??= await store!.FilesAsync(cancellationToken: cancellationToken);
        return _files.FirstOrDefault(f => f.Dataset == dataset && f.Layout == layout);
    }

    private static YearRange? Years(Entente.Datasets.DatasetFile file) =>
        file is { FirstYear: { } first, LastYear: { } last } ? new YearRange(first, last) : null;

    /// <summary>The state's COW code in the year (Russia and the Soviet Union share 365 in different years).</summary>
    private static int? Cow(Actor actor, int year) =>
        int.TryParse(actor.Code(CodeScheme.CowNumber, year) ?? actor.Code(CodeScheme.CowNumber), global::System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;
}
