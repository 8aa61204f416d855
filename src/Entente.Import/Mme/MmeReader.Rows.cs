using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Dates;
using Entente.Evidence;

namespace Entente.Import.Mme;

/// <summary>One MME row to one exercise item: dates, participants, domains, place.</summary>
public sealed partial class MmeReader
{
    private static EvidenceItem? ReadRow(MmeRecord row, MmeNames names, string sourceId, IReadOnlySet<string> repeated)
    {
        var mmeId = row["MMEID"];
        if (mmeId.Length == 0)
        {
            row.Fail("no MMEID");
            return null;
        }

        var start = Date(row, "start", "StartDate", "s.");
        var end = Date(row, "end", "EndDate", "e.") ?? start;
        if (row.Reject is not null || start is null)
        {
            row.Fail("no start date");
            return null;
        }

        if (end!.Value.End < start.Value.Start)
        {
            row.Fail($"impossible dates: the exercise ends ({end}) before it starts ({start})");
            return null;
        }

        var actors = new List<ActorRole>();
        var unlisted = new List<string>();
        foreach (var (column, name) in row.Participants().Where(p => !MmeNames.IsMissing(p.Name)))
        {
            switch (names.Resolve(name, start.Value.Year))
            {
                case null:
                    row.Fail($"participant '{name}' ({column}) matches no registry actor; add it to the registry or to Mme/mme-names.tsv");
                    return null;
                case { Count: 0 }:
                    unlisted.Add(name);
                    break;
                case var ids:
                    actors.AddRange(ids.Where(id => actors.All(a => a.Actor != id)).Select(id => new ActorRole(id, "participant")));
                    break;
            }
        }

        var digits = IdDigits().Match(mmeId);
        var id = "mme-" + (digits.Success ? digits.Groups[1].Value : IdUnsafe().Replace(mmeId.ToLowerInvariant(), "-"));
        return new EvidenceItem
        {
            Id = repeated.Contains(mmeId) ? $"{id}-{start.Value.Year}" : id,
            Type = "exercise",
            Date = new DateSpan(start.Value, end.Value),
            Actors = actors,
            Place = Place(row),
            Themes = ["exercises"],
            Summary = Summary(row, actors, unlisted),
            Sources = [new Citation(sourceId) { Page = $"{Path.GetFileName(row.File)} line {row.Line}, MMEID {mmeId}" }],
            Exercise = new ExerciseDetails
            {
                Series = NullIfMissing(row["Series_Name"]),
                Domains = [.. Domains(row)],
            },
        };
    }

    private static IEnumerable<string> Domains(MmeRecord row)
    {
        var flags = DomainFlags.Where(f => row[f] == "1").ToHashSet();
        return DomainColumns
            .Where(d => flags.Contains(d.Item2) || (flags.Contains("Amphibious") && d.Item1 is "land" or "sea"))
            .Select(d => d.Item1);
    }

    private static Place? Place(MmeRecord row)
    {
        var name = NullIfMissing(row["Location"]);
        double? Coordinate(string column) => double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        return name is null && Coordinate("lat") is null ? null : new Place { Name = name, Latitude = Coordinate("lat"), Longitude = Coordinate("lon") };
    }

    private static string Summary(MmeRecord row, List<ActorRole> actors, List<string> unlisted)
    {
        var name = NullIfMissing(row["Ex_Name"]) ?? "An unnamed exercise";
        var kinds = Purposes
            .Where(k => row[k.Item1] == "1").Select(k => k.Item2).ToList();
        var who = string.Join(", ", actors.Select(a => a.Actor).Concat(unlisted));
        var text = $"{name}: a multinational exercise ({(kinds.Count > 0 ? string.Join(", ", kinds) : "purpose not coded")}) of {(who.Length > 0 ? who : "participants MME does not name")}, as MME records it.";
        return NullIfMissing(row["FocusDescription"]) is { } focus ? $"{text} Focus: {focus}" : text;
    }

    private static readonly string[] DomainFlags = ["Air", "Land", "Sea", "Cyber", "Amphibious"];
    private static readonly (string, string)[] DomainColumns = [("air", "Air"), ("land", "Land"), ("sea", "Sea"), ("cyber", "Cyber")];
    private static readonly (string, string)[] Purposes = [("CPX", "command-post"), ("Warfighting", "warfighting"), ("Peacekeeping", "peacekeeping"), ("Humanitarian", "humanitarian")];

    private static string? NullIfMissing(string cell) => MmeNames.IsMissing(cell) ? null : cell;

    [GeneratedRegex(@"^mme(\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex IdDigits();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex IdUnsafe();
}
