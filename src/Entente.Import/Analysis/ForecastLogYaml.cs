using Entente.Forecasting;
using Entente.Import.Bundle;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Analysis;

/// <summary>Reads one entry of a bundle's `forecast_log`: an update (probabilities) or a resolution (outcome with evidence).</summary>
internal static class ForecastLogYaml
{
    private static readonly Dictionary<string, ForecastKind> Kinds = new(StringComparer.Ordinal)
    {
        ["binary"] = ForecastKind.Binary,
        ["multi-category"] = ForecastKind.MultiCategory,
        ["ordered"] = ForecastKind.Ordered,
    };

    public static ForecastLogEntry? Read(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "forecast log entry", ["forecast", "on", "author", "note", "kind", "categories", "probabilities", "term", "outcome", "evidence"]);
        var id = f?.String("forecast", required: true);
        var on = f?.Date("on", required: true);
        var author = f?.String("author", required: true);
        if (f is null || id is null || on is null || author is null)
        {
            return null;
        }

        var kind = f.Enum("kind", Kinds) ?? ForecastKind.Binary;
        var categories = f.Strings("categories") is { Count: > 0 } given ? given : ["yes", "no"];
        if (f.Get("outcome") is not null)
        {
            var outcome = f.String("outcome")!;
            var index = categories.ToList().IndexOf(outcome);
            var evidence = f.Strings("evidence");
            if (index < 0 || evidence.Count == 0)
            {
                context.Error(f.Get("outcome")!, index < 0 ? $"outcome '{outcome}' is not one of the categories: {string.Join(", ", categories)}" : "a resolution needs the evidence items that settle it");
                return null;
            }

            return new ForecastLogEntry(id) { Kind = kind, Categories = categories, Resolution = new ForecastResolution(index, on.Value.Start, evidence, author) { Note = f.String("note") } };
        }

        var probabilities = f.Strings("probabilities").Select(p => double.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        if (kind == ForecastKind.Binary && probabilities.Count == 1)
        {
            probabilities.Add(1 - probabilities[0]);
        }

        if (ForecastRules.ProbabilityProblem(probabilities, categories.Count) is { } problem)
        {
            context.Error(f.Get("probabilities") ?? f.Node, problem);
            return null;
        }

        return new ForecastLogEntry(id)
        {
            Kind = kind,
            Categories = categories,
            Update = new ForecastUpdate(on.Value.Start, probabilities, author) { Note = f.String("note"), Term = f.String("term") },
        };
    }
}
