using Entente.Actors;
using Entente.Codebooks;
using Entente.Dates;
using Entente.Sources;
using Entente.Storage;

namespace Entente.Web.Api;

/// <summary>The CLI's evidence filters as query-string parameters, plus sorting and pagination.</summary>
public sealed record EvidenceFilter
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public string? Dyad { get; init; }
    public string[]? Actor { get; init; }
    public string[]? Type { get; init; }
    public string[]? Theme { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? MinGrade { get; init; }
    public string? Text { get; init; }

    /// <summary>date (oldest first), -date (newest first), type or id.</summary>
    public string? Sort { get; init; }

    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public static readonly IReadOnlyList<string> Sorts = ["date", "-date", "type", "id"];

    /// <summary>The store query, or the reasons the filters are wrong (keyed by parameter, as a validation problem).</summary>
    public (EvidenceQuery? Query, Dictionary<string, string[]> Errors) ToQuery(ActorRegistry registry)
    {
        var errors = new Dictionary<string, string[]>();
        var codebooks = CodebookSet.Shipped;
        // An empty choice ("any") in a form arrives as an empty value: it filters nothing.
        string[] types = [.. (Type ?? []).Where(t => t.Length > 0)];
        string[] themes = [.. (Theme ?? []).Where(t => t.Length > 0)];
        foreach (var type in types.Where(t => codebooks.TypesMatching(t).Count == 0))
        {
            errors["type"] = [$"unknown evidence type '{type}'"];
        }

        foreach (var theme in themes.Where(t => !codebooks.Themes.ContainsKey(t)))
        {
            errors["theme"] = [$"unknown theme '{theme}'"];
        }

        Grade? minGrade = null;
        if (!string.IsNullOrEmpty(MinGrade) && !Grade.TryParse(MinGrade, out minGrade))
        {
            errors["minGrade"] = [$"'{MinGrade}' is not a grade; write a letter A–F and a digit 1–6, e.g. B2"];
        }

        if (Sort is not null && !Sorts.Contains(Sort))
        {
            errors["sort"] = [$"sort by one of {string.Join(", ", Sorts)}"];
        }

        if (Page is < 1 || PageSize is < 1 or > MaxPageSize)
        {
            errors["page"] = [$"page from 1; pageSize from 1 to {MaxPageSize}"];
        }

        var from = Date(From, "from", errors);
        var to = Date(To, "to", errors);
        var actors = (Actor ?? []).Where(a => a.Length > 0).Select(a => Resolve(registry, a, "actor", errors)).OfType<string>().ToList();
        (string, string)? dyad = null;
        if (!string.IsNullOrWhiteSpace(Dyad))
        {
            if (ActorLookup.SplitDyad(registry, Dyad) is { } pair && Resolve(registry, pair.Item1, "dyad", errors) is { } a && Resolve(registry, pair.Item2, "dyad", errors) is { } b)
            {
                dyad = (a, b);
            }
            else
            {
                errors.TryAdd("dyad", [$"'{Dyad}' is not two actors, e.g. RUS-CHN or Russia,China"]);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new EvidenceQuery
        {
            Dyad = dyad,
            Actors = actors,
            Types = types,
            Themes = themes,
            From = from?.Start,
            To = to?.End,
            MinGrade = minGrade,
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text,
        }, errors);
    }

    private static string? Resolve(ActorRegistry registry, string input, string field, Dictionary<string, string[]> errors)
    {
        var resolution = registry.Resolve(input);
        if (resolution.Actor is null)
        {
            errors[field] = [resolution.Describe()];
        }

        return resolution.Actor?.Id;
    }

    private static PartialDate? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        errors[field] = [error];
        return null;
    }
}
