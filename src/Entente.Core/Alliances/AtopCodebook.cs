using Entente.Codebooks;

namespace Entente.Alliances;

/// <summary>ATOP's variables as data (Codebooks/atop-variables.tsv): the importer maps headers and the validator checks codings against it.</summary>
public static class AtopCodebook
{
    private static readonly Lazy<IReadOnlyList<AtopVariable>> Lazy = new(() =>
        [.. TsvTable.LoadEmbedded("atop-variables.tsv").Rows.Select(r => new AtopVariable(r["name"], r["level"], r["group"], r["label"], r.List("aliases")))]);

    public static IReadOnlyList<AtopVariable> Variables => Lazy.Value;

    /// <summary>The variable a header or coding name means (any case, 4.01 name or alias), or null.</summary>
    public static AtopVariable? Find(string name)
    {
        var key = name.Trim();
        return Variables.FirstOrDefault(v => string.Equals(v.Name, key, StringComparison.OrdinalIgnoreCase)
            || v.Aliases.Any(a => string.Equals(a, key, StringComparison.OrdinalIgnoreCase)));
    }
}
