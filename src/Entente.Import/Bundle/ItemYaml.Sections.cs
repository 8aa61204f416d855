using Entente.Evidence;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>The type-specific sections of an item: exercise, programme, agreement, claim, forecast.</summary>
internal static partial class ItemYaml
{
    private static ExerciseDetails? Exercise(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "exercise", ["series", "edition", "domain"]);
        return Recorded(f, f is null ? null : new ExerciseDetails
        {
            Series = f.String("series"),
            Edition = f.String("edition"),
            Domains = f.Strings("domain"),
        });
    }

    private static ProgrammeDetails? Programme(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "programme", ["name", "status", "milestones"]);
        var name = f?.String("name", required: true);
        if (f is null || name is null)
        {
            return null;
        }

        return Recorded(f, new ProgrammeDetails
        {
            Name = name,
            Status = f.String("status"),
            Milestones = f.List("milestones", n => Milestone(context, n)),
        });
    }

    private static Milestone? Milestone(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "milestone", ["date", "event", "expected"]);
        var date = f?.Span("date", required: true);
        var text = f?.String("event", required: true);
        var expected = f?.Bool("expected");
        return Recorded(f, date is null || text is null ? null : new Milestone(date.Value, text) { Expected = expected ?? false });
    }

    private static AgreementDetails? Agreement(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "agreement", ["title", "articles", "atop", "coding"]);
        return Recorded(f, f is null ? null : new AgreementDetails
        {
            Title = f.String("title"),
            Articles = f.List("articles", n =>
            {
                var a = context.Fields(n, "article", ["number", "summary"]);
                var number = a?.String("number", required: true);
                var summary = a?.String("summary", required: true);
                return Recorded(a, number is null || summary is null ? null : new AgreementArticle(number, summary));
            }),
            Atop = f.Int("atop"),
            Coding = f.List("coding", n => TreatyCode(context, n)),
        });
    }

    /// <summary>One ATOP variable coded for the treaty, with the articles it rests on.</summary>
    private static TreatyCode? TreatyCode(YamlContext context, YamlNode node)
    {
        var c = context.Fields(node, "coding", ["variable", "value", "articles", "note"]);
        var variable = c?.String("variable", required: true);
        var value = c?.Int("value", required: true);
        return Recorded(c, variable is null || value is null ? null : new TreatyCode(variable, value.Value)
        {
            Articles = c!.Strings("articles"),
            Note = c.String("note"),
        });
    }

    private static ClaimDetails? Claim(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "claim", ["metric", "period", "value", "unit", "bound", "dataset", "release", "basis"]);
        var metric = f?.String("metric", required: true);
        var value = f?.Decimal("value", required: true);
        var unit = f?.String("unit", required: true);
        var period = f?.Span("period");
        var bound = f?.Enum("bound", Bounds);
        if (f is null || metric is null || value is null || unit is null)
        {
            return null;
        }

        return Recorded(f, new ClaimDetails
        {
            Metric = metric,
            Period = period,
            Value = value.Value,
            Unit = unit,
            Bound = bound ?? Bound.Exact,
            Dataset = f.String("dataset"),
            Release = f.String("release"),
            Basis = f.String("basis"),
        });
    }

    private static ForecastDetails? Forecast(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "forecast",
            ["statement", "scale", "term", "probability", "confidence", "resolution_criteria", "due", "resolution", "resolved_on", "resolution_note"]);
        var statement = f?.String("statement", required: true);
        if (f is null || statement is null)
        {
            return null;
        }

        return Recorded(f, new ForecastDetails
        {
            Statement = statement,
            Scale = f.String("scale") ?? "icd203",
            Term = f.String("term"),
            Probability = f.Double("probability"),
            Confidence = f.String("confidence"),
            ResolutionCriteria = f.String("resolution_criteria"),
            Due = f.Date("due"),
            Resolution = f.Bool("resolution"),
            ResolvedOn = f.Date("resolved_on"),
            ResolutionNote = f.String("resolution_note"),
        });
    }
}
