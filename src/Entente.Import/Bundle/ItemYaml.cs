using Entente.Dates;
using Entente.Evidence;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>Reads an entry of a bundle's `items:` list; type-specific sections are in ItemYaml.Sections.cs.</summary>
internal static partial class ItemYaml
{
    public static readonly string[] Keys =
    [
        "id", "type", "date", "actors", "place", "quantities", "themes", "summary", "sources", "annotations",
        "exercise", "programme", "agreement", "claim", "forecast",
    ];

    internal static readonly IReadOnlyDictionary<string, Bound> Bounds =
        Enum.GetValues<Bound>().ToDictionary(b => b.ToString().ToLowerInvariant());

    public static EvidenceItem? Read(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "item", Keys);
        if (f is null)
        {
            return null;
        }

        var id = f.String("id", required: true);
        var type = f.String("type", required: true);
        var date = f.Span("date", required: true);
        var summary = f.String("summary", required: true);
        var item = new EvidenceItem
        {
            Id = id ?? "",
            Type = type ?? "",
            Date = date ?? Unparsed,
            Summary = summary ?? "",
            Actors = f.List("actors", n => ActorRole(context, n)),
            Place = f.Get("place") is { } place ? Place(context, place) : null,
            Quantities = f.List("quantities", n => Quantity(context, n)),
            Themes = f.Strings("themes"),
            Sources = f.List("sources", n => Citation(context, n)),
            Annotations = f.List("annotations", n => Annotation(context, n)),
            Exercise = f.Get("exercise") is { } exercise ? Exercise(context, exercise) : null,
            Programme = f.Get("programme") is { } programme ? Programme(context, programme) : null,
            Agreement = f.Get("agreement") is { } agreement ? Agreement(context, agreement) : null,
            Claim = f.Get("claim") is { } claim ? Claim(context, claim) : null,
            Forecast = f.Get("forecast") is { } forecast ? Forecast(context, forecast) : null,
        };
        if (id is null || type is null)
        {
            return null;
        }

        // Kept even with a bad date or summary (already reported) so the rest of the item is still checked.
        f.Record(item);
        return item;
    }

    /// <summary>Stands in for a date that failed to parse; the bundle is already invalid and is never imported.</summary>
    private static readonly DateSpan Unparsed = DateSpan.On(new PartialDate(1));

    private static ActorRole? ActorRole(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "actor role", ["actor", "role"]);
        var actor = f?.String("actor", required: true);
        var role = f?.String("role", required: true);
        return Recorded(f, actor is null || role is null ? null : new ActorRole(actor, role));
    }

    private static Place? Place(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "place", ["country", "sea", "region", "name", "lat", "lon"]);
        if (f is null)
        {
            return null;
        }

        var place = new Place
        {
            Country = f.String("country"),
            Sea = f.String("sea"),
            Region = f.String("region"),
            Name = f.String("name"),
            Latitude = f.Double("lat"),
            Longitude = f.Double("lon"),
        };
        if (place.Latitude is < -90 or > 90)
        {
            context.Error(f.Get("lat")!, $"latitude {place.Latitude} is outside -90..90");
        }

        if (place.Longitude is < -180 or > 180)
        {
            context.Error(f.Get("lon")!, $"longitude {place.Longitude} is outside -180..180");
        }

        return Recorded(f, place);
    }

    private static Quantity? Quantity(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "quantity", ["measure", "value", "unit", "bound", "price_year", "actor", "note"]);
        var measure = f?.String("measure", required: true);
        var value = f?.Decimal("value", required: true);
        var unit = f?.String("unit", required: true);
        var bound = f?.Enum("bound", Bounds);
        if (f is null || measure is null || value is null || unit is null)
        {
            return null;
        }

        return Recorded(f, new Quantity
        {
            Measure = measure,
            Value = value.Value,
            Unit = unit,
            Bound = bound ?? Bound.Exact,
            PriceYear = f.Int("price_year"),
            Actor = f.String("actor"),
            Note = f.String("note"),
        });
    }

    private static Citation? Citation(YamlContext context, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } id })
        {
            var plain = new Citation(id);
            context.Map.Record(plain, context.At(node));
            return plain;
        }

        var f = context.Fields(node, "citation", ["source", "page", "footnote", "credibility"]);
        var source = f?.String("source", required: true);
        if (f is null || source is null)
        {
            return null;
        }

        var citation = new Citation(source) { Page = f.String("page"), Footnote = f.Int("footnote"), Credibility = f.Int("credibility") };
        if (citation.Credibility is { } c && !Sources.Grade.IsCredibility(c))
        {
            context.Error(f.Get("credibility")!, $"credibility must be 1 (confirmed) to 6 (cannot be judged), not {c}");
        }

        return Recorded(f, citation);
    }

    private static Annotation? Annotation(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "annotation", ["author", "date", "text"]);
        var author = f?.String("author", required: true);
        var text = f?.String("text", required: true);
        var date = f?.Date("date");
        return Recorded(f, author is null || text is null ? null : new Annotation(author, text) { Date = date });
    }

    private static T? Recorded<T>(YamlFields? fields, T? value)
        where T : class
    {
        if (fields is not null && value is not null)
        {
            fields.Record(value);
        }

        return value;
    }
}
