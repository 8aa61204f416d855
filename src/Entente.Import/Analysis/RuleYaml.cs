using Entente.Import.Bundle;
using Entente.Warnings;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Analysis;

/// <summary>Reads one watch rule; unknown fields, kinds and terms are errors at their line and column.</summary>
internal static class RuleYaml
{
    private static readonly string[] Fields =
        ["id", "title", "description", "kind", "source", "match", "term", "distinct", "window_days", "count", "period", "reference_periods", "factor", "min_count", "since"];

    private static readonly Dictionary<string, RuleKind> Kinds = new(StringComparer.Ordinal)
    {
        ["any"] = RuleKind.Any,
        ["frequency"] = RuleKind.Frequency,
        ["spike"] = RuleKind.Spike,
        ["drop"] = RuleKind.Drop,
        ["flatline"] = RuleKind.Flatline,
        ["new-term"] = RuleKind.NewTerm,
    };

    private static readonly Dictionary<string, RuleSource> Sources = new(StringComparer.Ordinal)
    {
        ["evidence"] = RuleSource.Evidence,
        ["events"] = RuleSource.Events,
        ["sipri"] = RuleSource.Sipri,
    };

    public static WatchRule? Read(YamlContext context, YamlNode node, string file)
    {
        var f = context.Fields(node, "rule", Fields);
        var id = f?.String("id", required: true);
        var title = f?.String("title", required: true);
        var kind = f?.Enum("kind", Kinds, required: true);
        if (f is null || id is null || title is null || kind is null)
        {
            return null;
        }

        var defaults = new WatchRule { Id = id, Title = title, Kind = kind.Value };
        var rule = defaults with
        {
            Description = f.String("description"),
            Source = f.Enum("source", Sources) ?? RuleSource.Evidence,
            Match = f.Get("match") is { } match ? Match(context, match) : new RuleMatch(),
            Term = f.String("term"),
            Distinct = f.Bool("distinct") ?? false,
            WindowDays = f.Int("window_days") ?? defaults.WindowDays,
            Count = f.Int("count") ?? defaults.Count,
            Period = f.String("period") ?? defaults.Period,
            ReferencePeriods = f.Int("reference_periods") ?? defaults.ReferencePeriods,
            Factor = f.Double("factor") ?? defaults.Factor,
            MinCount = f.Int("min_count") ?? defaults.MinCount,
            Since = f.Date("since")?.Start,
            File = file,
        };
        Check(context, f, rule);
        return rule;
    }

    private static void Check(YamlContext context, YamlFields f, WatchRule rule)
    {
        void Error(string field, string message) => context.Error(f.Get(field) ?? f.Node, message);
        if (rule.Term is { } term && !EvidenceMatcher.Terms.Contains(term))
        {
            Error("term", $"'{term}' is not a term field; expected one of: {string.Join(", ", EvidenceMatcher.Terms.Order(StringComparer.Ordinal))}");
        }

        if (rule.Kind == RuleKind.NewTerm && rule.Term is null)
        {
            Error("term", "a new-term rule needs 'term': the field whose first appearance it reports");
        }

        if (rule.Period is not ("day" or "month" or "year"))
        {
            Error("period", $"'{rule.Period}' is not a period; expected day, month or year");
        }

        if (rule.MinCount < 1)
        {
            Error("min_count", "min_count must be at least 1, so that 0 against 0 never fires");
        }

        if (rule.WindowDays < 1 || rule.Count < 1 || rule.ReferencePeriods < 1 || rule.Factor <= 1)
        {
            Error(rule.Factor <= 1 ? "factor" : "window_days", "window_days, count and reference_periods must be at least 1, and factor above 1");
        }

        if (rule.Match.Codes.Count > 0 && Entente.Cameo.CameoCodebook.Shipped.ResolveFilter(string.Join(',', rule.Match.Codes)) is { IsResolved: false } codes)
        {
            Error("match", $"'{codes.Unknown}' in match.codes is neither a CAMEO event code nor a named set ({string.Join(", ", Entente.Cameo.CameoCodebook.Shipped.Sets.Keys)})");
        }

        if (rule.Source == RuleSource.Events && rule.Match.Actors.Count != 2)
        {
            Error("match", "an events rule needs exactly two actors in match.actors: the dyad whose event series it watches");
        }
    }

    private static RuleMatch Match(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "match", ["types", "themes", "actors", "series", "text", "precision", "codes"]);
        if (f is null)
        {
            return new RuleMatch();
        }

        var precision = f.String("precision");
        if (precision is not (null or "day" or "month" or "year"))
        {
            context.Error(f.Get("precision")!, $"'{precision}' is not a precision; expected day, month or year");
        }

        return new RuleMatch
        {
            Types = f.Strings("types"),
            Themes = f.Strings("themes"),
            Actors = f.Strings("actors"),
            Series = f.Strings("series"),
            Text = f.String("text"),
            Precision = precision,
            Codes = f.Strings("codes"),
        };
    }
}
