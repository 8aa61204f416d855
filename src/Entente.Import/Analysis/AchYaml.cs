using Entente.Ach;
using Entente.Import.Bundle;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Analysis;

/// <summary>
/// Reads a bundle's `ach:` section: the case, hypotheses, and rows whose `ratings` map each hypothesis to
/// `[RATING, justification]`.
/// </summary>
internal static class AchYaml
{
    private static readonly Dictionary<string, AchLevel> Levels = new(StringComparer.Ordinal) { ["low"] = AchLevel.Low, ["medium"] = AchLevel.Medium, ["high"] = AchLevel.High };
    private static readonly Dictionary<string, AchCaution> Cautions = new(StringComparer.Ordinal)
    {
        ["deception"] = AchCaution.Deception,
        ["state-media"] = AchCaution.StateMedia,
        ["retracted"] = AchCaution.Retracted,
    };

    public static AchSheet? Read(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "ach", ["case", "question", "author", "hypotheses", "rows"]);
        if (f?.String("case", required: true) is not { } caseName)
        {
            return null;
        }

        var hypotheses = f.List("hypotheses", n => context.Fields(n, "hypothesis", ["id", "title"]) is { } h && h.String("id", required: true) is { } id
            ? new Hypothesis(id, h.String("title", required: true) ?? id) : null);
        if (hypotheses.Count < 2)
        {
            context.Error(f.Get("hypotheses") ?? node, $"the matrix of case '{caseName}' has {hypotheses.Count} hypothesis(es); competing hypotheses need at least two");
        }

        var known = hypotheses.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var cells = new List<AchCell>();
        var rows = f.List("rows", n => Row(context, n, known, cells));
        foreach (var duplicate in rows.GroupBy(r => r.Item, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Error(node, $"item '{duplicate.Key}' has more than one row in the matrix");
        }

        return new AchSheet { Case = caseName, Question = f.String("question"), Author = f.String("author") ?? "analyst", Hypotheses = hypotheses, Rows = rows, Cells = cells };
    }

    private static AchSheetRow? Row(YamlContext context, YamlNode node, HashSet<string> hypotheses, List<AchCell> cells)
    {
        var f = context.Fields(node, "ach row", ["item", "relevance", "credibility", "credibility_reason", "cautions", "ratings"]);
        if (f?.String("item", required: true) is not { } item)
        {
            return null;
        }

        var credibility = f.Enum("credibility", Levels);
        var reason = f.String("credibility_reason");
        if (credibility is not null && string.IsNullOrWhiteSpace(reason))
        {
            context.Error(f.Get("credibility")!, "a credibility override needs its reason in 'credibility_reason'");
        }

        var cautions = AchCaution.None;
        foreach (var text in f.Strings("cautions"))
        {
            if (Cautions.TryGetValue(text, out var caution))
            {
                cautions |= caution;
            }
            else
            {
                context.Error(f.Get("cautions")!, $"'{text}' is not a caution; expected one of: {string.Join(", ", Cautions.Keys)}");
            }
        }

        if (f.Get("ratings") is YamlMappingNode ratings)
        {
            foreach (var (key, value) in ratings.Children)
            {
                Cell(context, item, (key as YamlScalarNode)?.Value ?? "", key, value, hypotheses, cells);
            }
        }
        else if (f.Get("ratings") is { } other)
        {
            context.Error(other, "'ratings' must map each hypothesis id to [RATING, justification]");
        }

        return new AchSheetRow(item, f.Enum("relevance", Levels) ?? AchLevel.Medium) { Credibility = credibility, CredibilityReason = reason, Cautions = cautions };
    }

    private static void Cell(YamlContext context, string item, string hypothesis, YamlNode key, YamlNode value, HashSet<string> hypotheses, List<AchCell> cells)
    {
        if (!hypotheses.Contains(hypothesis))
        {
            context.Error(key, $"'{hypothesis}' is not a hypothesis of this matrix; expected one of: {string.Join(", ", hypotheses)}");
            return;
        }

        if (value is not YamlSequenceNode { Children: [YamlScalarNode { Value: var r }, YamlScalarNode { Value: { } why }] })
        {
            context.Error(value, "a rating is written [RATING, justification], e.g. [I, \"the treaty has no mutual-defence clause\"]");
            return;
        }

        if (!AchRatings.TryParse(r, out var rating))
        {
            context.Error(value, $"'{r}' is not a rating; expected one of: CC, C, N, I, II, NA");
        }
        else if (string.IsNullOrWhiteSpace(why))
        {
            context.Error(value, "every rating needs a one-line justification");
        }
        else
        {
            cells.Add(new AchCell(item, hypothesis, rating, why));
        }
    }
}
