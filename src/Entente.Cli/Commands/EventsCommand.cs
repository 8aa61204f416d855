using System.CommandLine;
using System.Globalization;
using Entente.Actors;
using Entente.Cameo;
using Entente.Cli.Hosting;
using Entente.Warehouse.Queries;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente events A B [--by month] [--codes military-cooperation] [--directed] [--dyad C-D ...] [--top N]`: dyad series
/// from the event warehouse; `entente events export`: the events as CSV or hive-partitioned Parquet.
/// </summary>
public static class EventsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var actors = new Argument<string[]>("actors") { Description = "Two actors (any id, code or name: RUS, Russia, 'Russian Federation').", Arity = new ArgumentArity(0, 2) };
        var filters = new EventFilters();
        var top = new Option<int>("--top") { Description = "Also list the N most frequent CAMEO codes of each dyad in the period." };
        var format = new Option<string>("--format") { Description = "table | csv (the series as CSV on stdout; same as --csv).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("events", "Cooperation and conflict series of a dyad from GDELT/ICEWS events in the warehouse.") { actors, top, format };
        filters.AddTo(command);
        command.Subcommands.Add(EventsExport.Create(environment, filters, actors));
        command.SetAction((parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var queries = filters.Queries(context, context.Value(actors) ?? []);
            using var warehouse = context.OpenWarehouse();
            var series = queries.Select(q => (Query: q, Points: warehouse.DyadSeries(q))).ToList();
            var tops = context.Value(top) is > 0 and var n ? queries.Select(q => (Query: q, Codes: warehouse.TopCodes(q, n))).ToList() : [];
            foreach (var query in queries)
            {
                var counts = warehouse.DatasetCounts(query);
                context.Note($"{Describe(query)}: {(counts.Count == 0 ? "no events" : string.Join(", ", counts.Select(c => $"{c.Value} from {c.Key}")))}.");
            }

            if (context.Json)
            {
                context.WriteJson(new { series = series.SelectMany(s => s.Points), top = tops.SelectMany(t => t.Codes.Select(c => new { dyad = t.Query.Label, c.Code, c.Label, c.Events, c.Share, c.MeanGoldstein })) });
                return Task.FromResult(ExitCodes.Success);
            }

            if (context.Csv || context.Value(format) == "csv")
            {
                WriteCsv(context.Out.Profile.Out.Writer, series.SelectMany(s => s.Points));
                return Task.FromResult(ExitCodes.Success);
            }

            foreach (var (query, points) in series)
            {
                context.Out.Write(SeriesTable(query, points));
            }

            if (series.Count > 1)
            {
                context.Out.Write(SideBySide(series));
            }

            foreach (var (query, codes) in tops)
            {
                var table = new Table().Title(Display.Safe($"Top CAMEO codes, {Describe(query)}")).AddColumns("Code", "Label", "Events", "Share", "Mean Goldstein");
                foreach (var code in codes)
                {
                    table.AddRow(Cells.Text(code.Code), Cells.Text(code.Label ?? "(not in the codebook)"), Cells.Text($"{code.Events}"), Cells.Text($"{code.Share:P1}"), Cells.Text(Number(code.MeanGoldstein)));
                }

                context.Out.Write(table);
            }

            context.Note("Periods without events are absent, not zero. Events = records; distinct = same day, actors, code and place counted once; articles/sources = weighted by NumArticles/NumSources (ICEWS rows weigh 1).");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    internal static string Describe(DyadQuery query) =>
        $"{query.Label} ({(query.Directed ? "directed" : "undirected")}), by {query.By.ToString().ToLowerInvariant()}" +
        (query.Codes.Count > 0 ? $", CAMEO {string.Join(" ", query.Codes)}" : "") +
        (query.ActorTypes.Count > 0 ? $", both actors {string.Join("/", query.ActorTypes)}" : "") +
        (query.Datasets.Count > 0 ? $", {string.Join("+", query.Datasets)}" : "");

    private static Table SeriesTable(DyadQuery query, IReadOnlyList<DyadSeriesPoint> points)
    {
        var table = new Table().Title(Display.Safe(Describe(query)))
            .AddColumns("Period", "Events", "Distinct", "Articles", "Sources", "Verbal coop", "Material coop", "Verbal confl", "Material confl", "Mean Goldstein", "Sum Goldstein", "Mean tone");
        foreach (var p in points)
        {
            table.AddRow(Cells.Text(Period(p.Period, query.By)), Cells.Text($"{p.Events}"), Cells.Text($"{p.DistinctEvents}"), Cells.Text($"{p.Articles}"), Cells.Text($"{p.Sources}"),
                Cells.Text($"{p.VerbalCooperationShare:P0}"), Cells.Text($"{p.MaterialCooperationShare:P0}"), Cells.Text($"{p.VerbalConflictShare:P0}"), Cells.Text($"{p.MaterialConflictShare:P0}"),
                Cells.Text(Number(p.MeanGoldstein)), Cells.Text(Number(p.SumGoldstein)), Cells.Text(Number(p.MeanTone)));
        }

        return table;
    }

    /// <summary>Several dyads in one table: events and mean Goldstein per period, a column pair per dyad.</summary>
    private static Table SideBySide(IReadOnlyList<(DyadQuery Query, IReadOnlyList<DyadSeriesPoint> Points)> series)
    {
        var by = series[0].Query.By;
        var table = new Table().Title("Side by side: events (mean Goldstein)").AddColumn("Period");
        foreach (var (query, _) in series)
        {
            table.AddColumn(Display.Safe(query.Label));
        }

        foreach (var period in series.SelectMany(s => s.Points.Select(p => p.Period)).Distinct().Order())
        {
            var cells = new List<Spectre.Console.Rendering.IRenderable> { Cells.Text(Period(period, by)) };
            foreach (var (_, points) in series)
            {
                var point = points.FirstOrDefault(p => p.Period == period);
                cells.Add(Cells.Text(point is null ? "" : $"{point.Events} ({Number(point.MeanGoldstein)})"));
            }

            table.AddRow(cells);
        }

        return table;
    }

    private static void WriteCsv(TextWriter writer, IEnumerable<DyadSeriesPoint> points)
    {
        writer.WriteLine("dyad,period,events,distinct_events,articles,sources,mentions,verbal_cooperation_share,material_cooperation_share,verbal_conflict_share,material_conflict_share,mean_goldstein,sum_goldstein,mean_tone");
        foreach (var p in points)
        {
            writer.WriteLine(string.Join(',', p.Dyad, p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Events, p.DistinctEvents, p.Articles, p.Sources, p.Mentions,
                Raw(p.VerbalCooperationShare), Raw(p.MaterialCooperationShare), Raw(p.VerbalConflictShare), Raw(p.MaterialConflictShare), Raw(p.MeanGoldstein), Raw(p.SumGoldstein), Raw(p.MeanTone)));
        }
    }

    private static string Period(DateOnly period, SeriesPeriod by) => by switch
    {
        SeriesPeriod.Year => period.ToString("yyyy", CultureInfo.InvariantCulture),
        SeriesPeriod.Month => period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Raw(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}

/// <summary>The options `events` and `events export` share: period, codes, dates, direction, datasets, more dyads.</summary>
public sealed class EventFilters
{
    private readonly Option<string> _by = new("--by") { Description = "day | month | year.", DefaultValueFactory = _ => "month" };
    private readonly Option<string?> _codes = new("--codes") { Description = $"CAMEO codes and/or named sets, comma-separated (a code covers the codes below it: 19 = all fighting). Sets: {string.Join(", ", CameoCodebook.Shipped.Sets.Keys)}." };
    private readonly Option<bool> _directed = new("--directed") { Description = "Only events from the first actor to the second (default: either way)." };
    private readonly Option<string?> _from = new("--from") { Description = "First event date, YYYY-MM-DD." };
    private readonly Option<string?> _to = new("--to") { Description = "Last event date, YYYY-MM-DD." };
    private readonly Option<string[]> _dataset = new("--dataset") { Description = $"{string.Join(" | ", Entente.Import.Events.EventDatasets.StoredNames)} (repeatable; default: all)." };
    private readonly Option<string?> _types = new("--types") { Description = "CAMEO actor type (role) codes both actors must have, comma-separated: MIL, GOV, SPY …" };
    private readonly Option<string[]> _dyad = new("--dyad") { Description = "More dyads side by side, as A-B (repeatable): --dyad USA-CHN." };

    /// <summary>--dyad: more dyads side by side (one, for an export).</summary>
    public Option<string[]> DyadOption => _dyad;

    public void AddTo(Command command)
    {
        _by.AcceptOnlyFromAmong("day", "month", "year");
        foreach (var option in new Option[] { _by, _codes, _types, _directed, _from, _to, _dataset, _dyad })
        {
            // Recursive: `events export` takes the same filters.
            option.Recursive = true;
            command.Options.Add(option);
        }
    }

    /// <summary>The filters given on the command line that select events (all but --by); an export without a dyad refuses them.</summary>
    public IReadOnlyList<string> Given(CommandContext context)
    {
        var given = new List<string>();
        foreach (var (option, set) in new (Option, bool)[]
        {
            (_codes, context.Value(_codes) is not null), (_types, context.Value(_types) is not null), (_directed, context.Value(_directed)),
            (_from, context.Value(_from) is not null), (_to, context.Value(_to) is not null),
            (_dataset, context.Value(_dataset) is { Length: > 0 }), (_dyad, context.Value(_dyad) is { Length: > 0 }),
        })
        {
            if (set)
            {
                given.Add(option.Name);
            }
        }

        return given;
    }

    /// <summary>One query per dyad: the two positional actors, then each --dyad.</summary>
    public IReadOnlyList<DyadQuery> Queries(CommandContext context, IReadOnlyList<string> actors)
    {
        var pairs = new List<(string, string)>();
        if (actors.Count == 2)
        {
            pairs.Add((actors[0], actors[1]));
        }
        else if (actors.Count == 1)
        {
            throw new CliException(ExitCodes.Usage, "give two actors (a dyad), e.g. 'entente events Russia China'");
        }

        foreach (var dyad in context.Value(_dyad) ?? [])
        {
            var parts = dyad.Split('-', 2, StringSplitOptions.TrimEntries);
            pairs.Add(parts.Length == 2 ? (parts[0], parts[1]) : throw new CliException(ExitCodes.Usage, $"--dyad '{dyad}' must be two actors joined by '-', e.g. RUS-CHN"));
        }

        if (pairs.Count == 0)
        {
            throw new CliException(ExitCodes.Usage, "give two actors (a dyad), e.g. 'entente events Russia China', or --dyad A-B");
        }

        IReadOnlyList<string> codes = [];
        if (context.Value(_codes) is { Length: > 0 } text)
        {
            var filter = CameoCodebook.Shipped.ResolveFilter(text);
            if (!filter.IsResolved)
            {
                throw new CliException(ExitCodes.Usage,
                    $"--codes: '{filter.Unknown}' is neither a CAMEO event code nor a named set ({string.Join(", ", CameoCodebook.Shipped.Sets.Keys)})");
            }

            codes = filter.Codes;
        }

        IReadOnlyList<string> types = [];
        if (context.Value(_types) is { Length: > 0 } typeText)
        {
            types = typeText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToUpperInvariant()).ToList();
            foreach (var type in types.Where(t => CameoCodebook.Shipped.Actor(CameoActorKind.Type, t) is null))
            {
                throw new CliException(ExitCodes.Usage, $"--types: '{type}' is not a CAMEO actor type code ({string.Join(", ", CameoCodebook.Shipped.ActorCodesOf(CameoActorKind.Type).Take(12).Select(c => c.Code))} …)");
            }
        }

        var datasets = context.Value(_dataset) ?? [];
        foreach (var dataset in datasets.Where(d => !Entente.Import.Events.EventDatasets.StoredNames.Contains(d)))
        {
            throw new CliException(ExitCodes.Usage, $"--dataset '{dataset}' is not one of {string.Join(", ", Entente.Import.Events.EventDatasets.StoredNames)}");
        }

        return [.. pairs.Select(p => (First: EventActor(context, p.Item1), Second: EventActor(context, p.Item2))).Select(p => new DyadQuery
        {
            Actor1 = p.First.Id,
            Actor2 = p.Second.Id,
            Actor1Types = p.First.Types,
            Actor2Types = p.Second.Types,
            Directed = context.Value(_directed),
            By = Enum.Parse<SeriesPeriod>(context.Value(_by) ?? "month", ignoreCase: true),
            Codes = codes,
            ActorTypes = types,
            From = Date(context.Value(_from), "--from"),
            To = Date(context.Value(_to), "--to"),
            Datasets = datasets,
        })];
    }

    /// <summary>
    /// An actor as event data codes it: a state by its id; a registry actor CAMEO codes as a state's role by that
    /// state and role (pla: CHN with type MIL); anything else is refused, with the ancestor to ask for when there is one.
    /// </summary>
    private static (string Id, IReadOnlyList<string> Types) EventActor(CommandContext context, string text)
    {
        var actor = context.ResolveActor(ActorRegistry.Shipped, text);
        if (actor.Kind == ActorKind.State)
        {
            return (actor.Id, []);
        }

        var map = CameoActorMap.Shipped;
        if (map.RoleOf(actor.Id) is { } role)
        {
            return (role.StateId, [role.Role]);
        }

        throw new CliException(ExitCodes.Usage, map.RoleOfAncestor(actor.Id) is { } ancestor
            ? $"'{actor.Id}' ({actor.Name}) is not told apart in event data: CAMEO codes {ancestor.ActorId} and all its branches as {ancestor.StateId} with type {ancestor.Role}; ask for '{ancestor.ActorId}'"
            : $"'{actor.Id}' ({actor.Name}) is not coded in event data: CAMEO codes states, and these actors as a state's role: {string.Join(", ", map.Roles.Select(r => r.ActorId))}");
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CliException(ExitCodes.Usage, $"{option} '{text}' is not a date YYYY-MM-DD");
}
