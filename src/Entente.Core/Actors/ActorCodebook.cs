using System.Globalization;
using Entente.Codebooks;
using Entente.Dates;

namespace Entente.Actors;

/// <summary>Reads the shipped actor registry (`Codebooks/actors.tsv`).</summary>
public static class ActorCodebook
{
    private static readonly (string Column, CodeScheme Scheme)[] CodeColumns =
    [
        ("iso3", CodeScheme.Iso3), ("iso2", CodeScheme.Iso2), ("iso_numeric", CodeScheme.IsoNumeric),
        ("cow_n", CodeScheme.CowNumber), ("cow_c", CodeScheme.CowAbbreviation), ("gw_n", CodeScheme.GleditschWard),
        ("cameo", CodeScheme.Cameo), ("fips", CodeScheme.Fips), ("sipri", CodeScheme.Sipri),
    ];

    private static readonly Lazy<IReadOnlyList<Actor>> Shipped = new(() => Read(TsvTable.LoadEmbedded("actors.tsv")));

    public static IReadOnlyList<Actor> Actors => Shipped.Value;

    public static IReadOnlyList<Actor> Read(TsvTable table) => [.. table.Rows.Select(ReadActor)];

    private static Actor ReadActor(TsvRow row) => new()
    {
        Id = row["id"],
        Kind = ParseKind(row),
        Name = row["name"],
        Aliases = row.List("aliases"),
        Parent = row.Optional("parent"),
        ValidFrom = ParseDate(row, "valid_from"),
        ValidTo = ParseDate(row, "valid_to"),
        UnMemberSince = row.Optional("un_member_since") is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null,
        Codes = [.. CodeColumns.SelectMany(c => row.List(c.Column).Select(v => ParseCode(row, c.Scheme, v)))],
    };

    private static ActorKind ParseKind(TsvRow row) =>
        TryParseKind(row["kind"], out var kind) ? kind : throw row.Error($"unknown actor kind '{row["kind"]}'");

    private static PartialDate? ParseDate(TsvRow row, string column) =>
        row.Optional(column) is not { } text ? null
        : PartialDate.TryParse(text, out var date, out var error) ? date
        : throw row.Error(error);

    /// <summary>Parses `365` or `365@1922..1991` (either end may be empty).</summary>
    private static ActorCode ParseCode(TsvRow row, CodeScheme scheme, string cell)
    {
        var at = cell.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return new ActorCode(scheme, cell);
        }

        var range = cell[(at + 1)..].Split("..");
        if (range.Length != 2)
        {
            throw row.Error($"code '{cell}' must be VALUE@FROM..TO");
        }

        return new ActorCode(scheme, cell[..at], Year(range[0]), Year(range[1]));

        int? Year(string text) => text.Length == 0 ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y
            : throw row.Error($"code '{cell}' has a bad year '{text}'");
    }

    public static string KindId(ActorKind kind) => kind switch
    {
        ActorKind.ArmedGroup => "armed-group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParseKind(string text, out ActorKind kind)
    {
        foreach (var candidate in Enum.GetValues<ActorKind>())
        {
            if (KindId(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
