using System.CommandLine;
using System.Globalization;
using Entente.Actors;
using Entente.Alliances;
using Entente.Cli.Hosting;
using Entente.Storage;
using Entente.Storage.Datasets;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente alliances A B`: ATOP's history of the pair (every alliance both belonged to, with each one's obligations)
/// next to the evidence base's own coding of the pair's agreements, variable by variable, disagreements flagged.
/// </summary>
public static class AlliancesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var first = new Argument<string>("a") { Description = "One state (id, code or name)." };
        var second = new Argument<string>("b") { Description = "The other state." };
        var version = new Option<string?>("--version") { Description = "The ATOP release (e.g. 4.01); default the newest imported." };
        var command = new Command("alliances", "ATOP's alliances of a pair of states beside the evidence base's coding of their treaties.") { first, second, version };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var registry = await CommandContext.RegistryAsync(store, cancellationToken);
            var a = context.ResolveActor(registry, context.Value(first)!);
            var b = context.ResolveActor(registry, context.Value(second)!);
            await using var data = await SqliteDatasetStore.OpenAsync(context.StorePath, cancellationToken);
            var atop = await data.CurrentFileAsync("atop", AtopFile.MemberLayout, context.Value(version), cancellationToken);
            var shared = Cow(a) is { } ca && Cow(b) is { } cb ? await data.AtopSharedAsync(ca, cb, context.Value(version), cancellationToken) : [];
            var treaties = await TreatiesAsync(store, data, a, b, context.Value(version), cancellationToken);
            context.Note(atop is null
                ? "No ATOP member-level file is imported: run `entente import atop FILE...`; ATOP's side is missing, not empty."
                : $"ATOP: {atop.Describe()}; alliances in effect at the end of the data run to {atop.LastYear}.");
            var report = new AlliancesReport(a.Id, b.Id, Cow(a), Cow(b), atop, shared, treaties);
            if (context.Json || context.Csv)
            {
                context.WriteFigures(report, History(report), "");
                return ExitCodes.Success;
            }

            context.Out.Write(History(report).ToTable($"ATOP alliances of {a.Name} (COW {Cow(a)}) and {b.Name} (COW {Cow(b)})"));
            foreach (var treaty in treaties)
            {
                context.Out.Write(Coding(treaty).ToTable($"{treaty.ItemId}: {treaty.Title} — evidence base beside ATOP {treaty.Atop?.AtopId.ToString(CultureInfo.InvariantCulture) ?? "(not matched)"}"));
                context.Note(treaty.Disagrees ? $"{treaty.ItemId}: the evidence base and ATOP disagree (rows marked ≠)." : $"{treaty.ItemId}: every variable both code agrees with ATOP.");
            }

            if (treaties.Count == 0)
            {
                context.Note("The evidence base codes no agreement of this pair in ATOP's terms.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What the command answers, for `--json`.</summary>
    public sealed record AlliancesReport(string A, string B, int? CowA, int? CowB, Datasets.DatasetFile? Atop,
        IReadOnlyList<AtopSharedAlliance> Shared, IReadOnlyList<TreatyComparison> Treaties);

    private static int? Cow(Actor actor) =>
        actor.CodesIn(CodeScheme.CowNumber).Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null);

    private static async Task<IReadOnlyList<TreatyComparison>> TreatiesAsync(IEvidenceStore store, SqliteDatasetStore data, Actor a, Actor b, string? version, CancellationToken cancellationToken)
    {
        var items = (await store.QueryItemsAsync(new EvidenceQuery { Dyad = (a.Id, b.Id), Types = ["agreement"] }, cancellationToken))
            .Where(i => i.Agreement is { } g && (g.Atop is not null || g.Coding.Count > 0)).ToList();
        var alliances = (await data.AtopAlliancesAsync([.. items.Select(i => i.Agreement!.Atop).OfType<int>()], version, cancellationToken)).ToDictionary(x => x.AtopId);
        return [.. items.Select(i => TreatyComparison.Of(i, i.Agreement!.Atop is { } id ? alliances.GetValueOrDefault(id) : null))];
    }

    private static Tabular History(AlliancesReport report)
    {
        var rows = new Tabular("ATOP id", "Signed", "Both members", "Obligations (first)", "Obligations (second)", "Conditional", "Bilateral", "Lines");
        foreach (var s in report.Shared)
        {
            rows.Add(s.AtopId.ToString(CultureInfo.InvariantCulture), s.Alliance?.Begins?.ToString(),
                $"{s.FromYear}–{s.ToYear?.ToString(CultureInfo.InvariantCulture) ?? "in effect"}",
                s.A.Obligations.ToString(), s.B.Obligations.ToString(),
                (s.A.Variable("conditio") ?? s.Alliance?.Variable("conditio")) is { } c ? (c > 0 ? "yes" : "no") : null,
                s.Alliance is null ? null : s.Alliance.Bilateral ? "yes" : "no",
                $"{s.A.Line}, {s.B.Line}");
        }

        return rows;
    }

    private static Tabular Coding(TreatyComparison treaty)
    {
        var rows = new Tabular("Variable", "Meaning", "Evidence base", "Articles", "ATOP", "");
        foreach (var row in treaty.Rows)
        {
            rows.Add(row.Variable, row.Label, row.Ours?.Value.ToString(CultureInfo.InvariantCulture) ?? "not coded",
                row.Ours is null ? null : row.Ours.Articles.Count > 0 ? "Art. " + string.Join(", ", row.Ours.Articles) : row.Ours.Note,
                row.Atop?.ToString(CultureInfo.InvariantCulture) ?? (treaty.Atop is null ? "no ATOP record" : "not coded"),
                row.Disagrees ? "≠" : null);
        }

        return rows;
    }
}
