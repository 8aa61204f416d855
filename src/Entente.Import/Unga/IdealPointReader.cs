using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Actors;
using Entente.Datasets;
using Entente.Import.Datasets;
using Entente.Import.Stata;
using Entente.UnVotes;

namespace Entente.Import.Unga;

/// <summary>
/// Reads the Bailey–Strezhnev–Voeten UN General Assembly ideal points, country-year file (Stata 118 .dta): the
/// ideal point from all votes with its 5 % and 95 % quantiles, the vote count and every other numeric variable.
/// Observations without a country code or year are rejects numbered by observation; a country-year without an
/// estimate is missing and stores nothing.
/// </summary>
public sealed partial class IdealPointReader(ActorRegistry registry)
{
    public const string Provider = "Bailey, Strezhnev and Voeten";

    public const string Citation = "Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. \"Estimating Dynamic State Preferences from "
        + "United Nations Voting Data.\" Journal of Conflict Resolution 61 (2): 430-456. Data: United Nations General Assembly Voting Data, Harvard Dataverse.";

    private static readonly string[] Required = ["ccode", "year", "idealpointall"];

    public static IdealPointReader Shipped { get; } = new(ActorRegistry.Shipped);

    public IdealPointFile Read(string path) => Read(path, File.ReadAllBytes(path));

    public IdealPointFile Read(string path, byte[] bytes)
    {
        var stata = StataReader.Read(path, bytes);
        var missing = Required.Where(v => stata.IndexOf(v) < 0).ToList();
        if (missing.Count > 0)
        {
            throw new DatasetFormatException(path, 1, $"not the ideal-point country-year file: no variable {string.Join(", ", missing)}");
        }

        var points = new List<IdealPoint>();
        var rejects = new List<DatasetReject>();
        for (var o = 0; o < stata.Observations.Count; o++)
        {
            var row = stata.Observations[o];
            double? Number(string name) => stata.IndexOf(name) is >= 0 and var i ? row[i] as double? ?? (row[i] is IConvertible c and not string ? c.ToDouble(CultureInfo.InvariantCulture) : null) : null;
            var (code, year, value) = (Number("ccode"), Number("year"), Number("idealpointall"));
            if (code is null || year is null)
            {
                rejects.Add(new DatasetReject(path, o + 1, $"observation {o + 1} has no {(code is null ? "ccode" : "year")}"));
                continue;
            }

            if (value is null)
            {
                // The state cast too few votes that year for an estimate: missing, and stored as nothing, never as zero.
                continue;
            }

            var variables = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var variable in stata.Variables.Where(v => !v.IsString))
            {
                if (Number(variable.Name) is { } x)
                {
                    variables[variable.Name] = x;
                }
            }

            points.Add(new IdealPoint
            {
                CountryCode = (int)code,
                Iso3 = stata.IndexOf("iso3c") is >= 0 and var iso && row[iso] is string { Length: > 0 } s ? s : null,
                ActorId = registry.Resolve($"cow:{(int)code}", (int)year).Actor?.Id,
                Year = (int)year,
                Value = value.Value,
                Low = Number("q5all"),
                High = Number("q95all"),
                Votes = Number("nvotesall") is { } votes ? (int)votes : null,
                Variables = variables,
                Observation = o + 1,
            });
        }

        var version = Release().Match(Path.GetFileNameWithoutExtension(path)) is { Success: true } m ? $"{m.Groups[1].Value} {m.Groups[2].Value}" : stata.Timestamp;
        var file = new DatasetFile(DatasetNames.Unga, Provider, version, "country-year", path, DatasetCells.Sha256(bytes))
        {
            RowsRead = stata.Observations.Count,
            RowsRejected = rejects.Count,
            FirstYear = points.Count > 0 ? points.Min(p => p.Year) : null,
            LastYear = points.Count > 0 ? points.Max(p => p.Year) : null,
            Citation = Citation,
        };
        return new IdealPointFile(file, points, rejects);
    }

    [GeneratedRegex("(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)_?(\\d{4})")]
    private static partial Regex Release();
}
