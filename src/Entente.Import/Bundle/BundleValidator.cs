using Entente.Actors;
using Entente.Codebooks;
using Entente.Diagnostics;
using Entente.Sources;

namespace Entente.Import.Bundle;

/// <summary>
/// Checks a parsed bundle against the codebooks and itself: unknown types, roles, themes and actors,
/// dangling or missing sources, duplicate ids, units that do not fit what they measure.
/// Every problem is reported, each at the place it was written.
/// </summary>
public sealed partial class BundleValidator(CodebookSet codebooks, ActorRegistry registry)
{
    public static BundleValidator Shipped { get; } = new(CodebookSet.Shipped, ActorRegistry.Shipped);

    /// <summary>What the store already holds: a bundle may cite these actors and sources without defining them.</summary>
    public KnownRecords Known { get; init; } = KnownRecords.None;

    /// <summary>This validator, resolving references against the store's records as well as the bundle's own.</summary>
    public BundleValidator WithKnown(KnownRecords known) => new(codebooks, registry) { Known = known };

    /// <summary>Reads and validates in one step: parse problems first, then consistency problems.</summary>
    public BundleReadResult ReadAndValidate(string path)
    {
        var read = BundleReader.Read(path);
        return read with { Diagnostics = [.. read.Diagnostics, .. Validate(read)] };
    }

    public IReadOnlyList<Diagnostic> Validate(BundleReadResult read)
    {
        var check = new Checker(read.Map);
        var bundle = read.Bundle;

        check.Unique(bundle.Actors, a => a.Id, "actor");
        check.Unique(bundle.Sources, s => s.Id, "source");
        check.Unique(bundle.Items, i => i.Id, "item");
        check.Slugs(bundle.Actors, a => a.Id, "actor");
        check.Slugs(bundle.Sources, s => s.Id, "source");
        check.Slugs(bundle.Items, i => i.Id, "item");

        foreach (var actor in bundle.Actors.Where(a => registry.Contains(a.Id)))
        {
            check.Error(actor, "id", $"actor '{actor.Id}' is already in the built-in registry; use it without redefining it");
        }

        // The bundle's own definition of an actor wins over the store's: the import decides whether it may replace it.
        var own = bundle.Actors.Where(a => !registry.Contains(a.Id)).DistinctBy(a => a.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var stored = Known.Actors.Where(a => !registry.Contains(a.Id) && !own.Any(o => string.Equals(o.Id, a.Id, StringComparison.OrdinalIgnoreCase)));
        var actors = registry.With([.. stored, .. own]);
        foreach (var actor in bundle.Actors.Where(a => a.Parent is not null && !actors.Contains(a.Parent)))
        {
            check.Error(actor, "parent", $"unknown parent actor '{actor.Parent}'");
        }

        var sourceIds = bundle.Sources.Select(s => s.Id).Concat(Known.SourceIds).ToHashSet(StringComparer.Ordinal);
        foreach (var source in bundle.Sources)
        {
            CheckSource(check, source, sourceIds);
        }

        foreach (var item in bundle.Items)
        {
            CheckItem(check, item, actors, sourceIds);
        }

        return check.Diagnostics;
    }

    private void CheckSource(Checker check, Source source, HashSet<string> sourceIds)
    {
        if (!codebooks.SourceKinds.ContainsKey(source.Kind))
        {
            check.Error(source, "kind", $"unknown source kind '{source.Kind}'; expected one of: {string.Join(", ", codebooks.SourceKinds.Keys)}");
        }

        if (source.CitedIn is { } cited && !sourceIds.Contains(cited.Source))
        {
            check.Error(cited, "source", $"cited_in refers to unknown source '{cited.Source}'");
        }

        if (source.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            check.Error(source, "url", $"'{url}' is not an http(s) URL");
        }
    }

    private sealed class Checker(SourceMap map)
    {
        public List<Diagnostic> Diagnostics { get; } = [];

        public void Error(object owner, string? field, string message) =>
            Diagnostics.Add(new Diagnostic(map.Locate(owner, field), message));

        public void Slugs<T>(IEnumerable<T> records, Func<T, string> id, string what)
            where T : notnull
        {
            foreach (var record in records.Where(r => !RecordIds.IsSlug(id(r))))
            {
                Error(record, "id", RecordIds.Problem(what, id(record)));
            }
        }

        public void Unique<T>(IEnumerable<T> records, Func<T, string> id, string what)
            where T : notnull
        {
            var seen = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var record in records)
            {
                if (seen.TryGetValue(id(record), out var first))
                {
                    Error(record, "id", $"duplicate {what} id '{id(record)}' (first defined at {map.Locate(first, "id")})");
                }
                else
                {
                    seen[id(record)] = record;
                }
            }
        }
    }
}
