using Entente.Actors;
using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>An independent recount with the framework's own CSV parser, to check the importer against.</summary>
internal static class IndependentCsv
{
    public static int DataRecords(string path) => Records(path).Skip(HeaderIndex(path) + 1).Count(r => r.Any(c => c.Trim().Length > 0));

    /// <summary>Distinct (region, actor) pairs of a TIV table's rows, mapped through the registry's SIPRI names; totals left out.</summary>
    public static int TableActors(string path)
    {
        string? region = null;
        var pairs = new HashSet<(string?, string)>();
        foreach (var row in Records(path).Skip(HeaderIndex(path) + 1).Where(r => r.Any(c => c.Trim().Length > 0)))
        {
            var regional = row[0].Length == 0 && row.Length > 1 || (row.Length > 1 && row[1] == "Regional total");
            region = regional && row[0].Length > 0 ? row[0] : region;
            var name = (regional ? row[1] : row[0]).Trim();
            if (name.Length == 0 || name.StartsWith("Total", StringComparison.Ordinal) || name == "Regional total")
            {
                continue;
            }

            var actor = ActorRegistry.Shipped.Actors.Single(a => a.CodesIn(CodeScheme.Sipri).Any(c => c.Value == name));
            pairs.Add((regional ? region : null, actor.Id));
        }

        return pairs.Count;
    }

    private static int HeaderIndex(string path) => Records(path).ToList().FindIndex(r =>
        r.Length > 2 && (r[0] is "SIPRI AT Database ID" or "Exports by" || (r[0] == "Recipient" && r[1].Length > 0) || (r[0].Length == 0 && r[1].Length == 0 && r[2].Length == 4)));

    private static IEnumerable<string[]> Records(string path) => PlainCsv.Records(path);
}
