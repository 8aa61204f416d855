using Entente.Actors;
using Entente.Testing;

namespace Entente.Core.Tests.Actors;

/// <summary>The shipped registry checked against the real COW and SIPRI files in ../shared/data.</summary>
public sealed class ActorCodebookDataTests
{
    private static readonly IReadOnlyList<Actor> Actors = ActorCodebook.Actors;

    [Fact]
    public void Every_COW_state_maps_to_an_actor_with_its_number_and_abbreviation()
    {
        var path = SharedData.Require("cow", "kluedemann", "COW-country-codes.csv");
        var rows = ReadCsv(path).Skip(1).Where(r => r.Length >= 3).ToList();

        Assert.True(rows.Count > 200, $"only {rows.Count} COW rows read");
        var unmapped = rows.Where(r => !Actors.Any(a =>
            a.CodesIn(CodeScheme.CowNumber).Any(c => c.Value == r[1]) && a.CodesIn(CodeScheme.CowAbbreviation).Any(c => c.Value == r[0])))
            .Select(r => $"{r[0]} {r[1]} {r[2]}").ToList();
        Assert.True(unmapped.Count == 0, $"COW states without an actor: {string.Join("; ", unmapped)}");
    }

    [Fact]
    public void No_COW_number_is_held_by_two_actors_in_the_same_year()
    {
        var clashes = Actors.SelectMany(a => a.CodesIn(CodeScheme.CowNumber).Select(c => (Actor: a, Code: c)))
            .GroupBy(x => x.Code.Value)
            .SelectMany(g => Enumerable.Range(1816, 2025 - 1816 + 1).Select(year => (Code: g.Key, Year: year,
                Holders: g.Where(x => x.Code.IsValidIn(year) && x.Actor.ExistsIn(year)).Select(x => x.Actor.Id).Distinct().ToList())))
            .Where(x => x.Holders.Count > 1)
            .Select(x => $"{x.Code} in {x.Year}: {string.Join(", ", x.Holders)}")
            .Take(10)
            .ToList();

        Assert.True(clashes.Count == 0, string.Join("; ", clashes));
    }

    [Fact]
    public void Every_supplier_and_recipient_name_in_the_SIPRI_registers_maps_to_exactly_one_actor()
    {
        var directory = SharedData.Require("sipri");
        var names = Directory.EnumerateFiles(directory, "*.csv", System.IO.SearchOption.AllDirectories)
            .SelectMany(RegisterParties)
            .Where(n => n.Length > 0 && !n.All(c => char.IsAsciiDigit(c) || c == '.')) // numbers are fragments of SIPRI's broken records
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(names.Count > 200, $"only {names.Count} SIPRI names read");
        var problems = names.Select(n => (Name: n, Count: Actors.Count(a => a.CodesIn(CodeScheme.Sipri).Any(c => c.Value == n))))
            .Where(x => x.Count != 1).Select(x => $"'{x.Name}' ({x.Count} actors)").ToList();
        Assert.True(problems.Count == 0, $"SIPRI names not mapped to exactly one actor: {string.Join(", ", problems)}");
    }

    private static IEnumerable<string> RegisterParties(string path)
    {
        var rows = ReadCsv(path).ToList();
        var header = rows.FindIndex(r => r.Length > 2 && (r[0] == "SIPRI AT Database ID" || (r[0] == "Recipient" && r[1] == "Supplier")));
        if (header < 0)
        {
            yield break;
        }

        var supplier = Array.IndexOf(rows[header], "Supplier");
        var recipient = Array.IndexOf(rows[header], "Recipient");
        foreach (var row in rows.Skip(header + 1).Where(r => r.Length > Math.Max(supplier, recipient)))
        {
            yield return row[supplier].Trim();
            yield return row[recipient].Trim();
        }
    }

    private static IEnumerable<string[]> ReadCsv(string path) => PlainCsv.Records(path);
}
