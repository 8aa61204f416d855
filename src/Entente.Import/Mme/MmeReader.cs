using System.Text.RegularExpressions;
using Entente.Actors;
using Entente.Datasets;
using Entente.Evidence;
using Entente.Exercises;
using Entente.Import.Datasets;
using Entente.Sources;

namespace Entente.Import.Mme;

/// <summary>
/// Reads the Multinational Military Exercises dataset (MME v7, D'Orazio and Galambos): one exercise per row, up to
/// 39 participant columns of state names, dates both as split numbers and as text in two formats. Each row becomes
/// an exercise item citing the dataset's source record with its line. Rows with impossible or contradictory dates,
/// or participants no registry actor matches, are rejects with their line.
/// </summary>
public sealed partial class MmeReader(ActorRegistry registry)
{
    public const string Provider = "D'Orazio and Galambos (MME)";

    public static MmeReader Shipped { get; } = new(ActorRegistry.Shipped);

    private static readonly string[] Required = ["MMEID", "Ex_Name", "StartDate", "s.year", "s.month", "s.day", "StateA"];

    public MmeFile Read(string path) => Read(path, File.ReadAllBytes(path));

    public MmeFile Read(string path, byte[] bytes)
    {
        var records = DatasetCsv.Read(path, bytes);
        var header = records.Count > 0 ? records[0].Cells.Select(c => c.Trim()).ToList() : [];
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new DatasetFormatException(path, 1, $"not an MME file: the header lacks {string.Join(", ", missing)}");
        }

        var version = VersionPattern().Match(Path.GetFileName(path)) is { Success: true } m ? m.Groups[1].Value : "unrecorded";
        var sourceId = $"dataset-mme-v{version}";
        var rows = records.Skip(1).ToList();
        var repeated = rows.GroupBy(r => r[header.IndexOf("MMEID")].Trim()).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var names = new MmeNames(registry);
        var items = new List<EvidenceItem>();
        var provenance = new List<MmeRow>();
        var rejects = new List<DatasetReject>();
        foreach (var record in rows)
        {
            var row = new MmeRecord(path, record, header);
            if (ReadRow(row, names, sourceId, repeated) is { } item && row.Reject is null)
            {
                if (items.Any(i => i.Id == item.Id))
                {
                    row.Fail($"exercise id {item.Id} repeats: MMEID {row["MMEID"]} names two exercises that start in the same year");
                }
                else
                {
                    items.Add(item);
                    provenance.Add(new MmeRow(row["MMEID"], item.Id, record.Line, row.Cells()));
                }
            }

            if (row.Reject is not null)
            {
                rejects.Add(row.Reject);
            }
        }

        var file = new DatasetFile(DatasetNames.Mme, Provider, version, "exercise", path, DatasetCells.Sha256(bytes))
        {
            RowsRead = rows.Count,
            RowsRejected = rejects.Count,
            FirstYear = items.Count > 0 ? items.Min(i => i.Date.From.Year) : null,
            LastYear = items.Count > 0 ? items.Max(i => i.Date.To.Year) : null,
            Citation = Citation,
        };
        var bundle = new Entente.Bundles.Bundle { Info = new Entente.Bundles.BundleInfo(sourceId, $"MME v{version}"), Sources = [Source(sourceId, version)], Items = items };
        return new MmeFile(file, bundle, provenance, rejects);
    }

    public const string Citation = "D'Orazio, Vito, and Jenna Galambos. Multinational Military Exercises (MME) dataset; "
        + "the dataset's own documentation names the release and how to cite it.";

    private static Source Source(string id, string version) => new()
    {
        Id = id,
        Kind = "dataset",
        Publisher = "Vito D'Orazio and Jenna Galambos",
        Title = new SourceTitle($"Multinational Military Exercises (MME), version {version}"),
        Language = "en",
    };

    [GeneratedRegex(@"v(\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();
}
