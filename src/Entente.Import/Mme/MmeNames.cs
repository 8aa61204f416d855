using Entente.Actors;
using Entente.Codebooks;

namespace Entente.Import.Mme;

/// <summary>
/// Resolves MME's participant names to registry actors: the registry first (names, aliases, in the exercise's
/// year), then the crosswalk of MME spellings (mme-names.tsv, data rather than code). "-9" is MME's missing value.
/// </summary>
internal sealed class MmeNames(ActorRegistry registry)
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Crosswalk = new(Load);

    /// <summary>The actors a name means (possibly none, for a territory the crosswalk lists); null when nothing matches.</summary>
    public IReadOnlyList<string>? Resolve(string name, int year)
    {
        if (Crosswalk.Value.TryGetValue(ActorRegistry.Normalise(name), out var listed))
        {
            return listed;
        }

        var resolution = registry.Resolve(name, year);
        return resolution.Actor is { } actor ? [actor.Id] : null;
    }

    public static bool IsMissing(string cell) => cell.Trim() is "" or "-9";

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Load()
    {
        using var stream = typeof(MmeNames).Assembly.GetManifestResourceStream("Entente.Import.Mme.mme-names.tsv")
            ?? throw new InvalidOperationException("mme-names.tsv is not embedded in Entente.Import.");
        using var reader = new StreamReader(stream);
        return TsvTable.Parse("mme-names.tsv", reader.ReadToEnd()).Rows
            .ToDictionary(r => ActorRegistry.Normalise(r["name"]), r => r.List("actors"));
    }
}
