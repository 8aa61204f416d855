using Entente.Sources;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>Reads an entry of a bundle's `sources:` list.</summary>
internal static class SourceYaml
{
    public static readonly string[] Keys =
        ["id", "kind", "publisher", "title", "language", "authors", "date", "url", "page", "cited_in", "grade"];

    private static readonly IReadOnlyDictionary<string, Reliability> Reliabilities =
        Enum.GetValues<Reliability>().ToDictionary(r => r.ToString());

    public static Source? Read(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "source", Keys);
        if (f is null)
        {
            return null;
        }

        var id = f.String("id", required: true);
        var kind = f.String("kind", required: true);
        var title = Title(context, f);
        var source = new Source
        {
            Id = id ?? "",
            Kind = kind ?? "",
            Title = title ?? new SourceTitle(""),
            Publisher = f.String("publisher"),
            Language = f.String("language"),
            Authors = f.Strings("authors"),
            Date = f.Date("date"),
            Url = f.String("url"),
            Page = f.String("page"),
            CitedIn = f.Get("cited_in") is { } cited ? CitedIn(context, cited) : null,
            Grade = f.Get("grade") is { } grade ? Grade(context, grade) : null,
        };
        if (id is null || kind is null || title is null)
        {
            return null;
        }

        f.Record(source);
        return source;
    }

    private static SourceTitle? Title(YamlContext context, YamlFields f)
    {
        var node = f.Get("title");
        if (node is null || node is YamlScalarNode)
        {
            return f.String("title", required: true) is { } plain ? new SourceTitle(plain) : null;
        }

        var t = context.Fields(node, "title", ["original", "transliteration", "translation"]);
        return t?.String("original", required: true) is { } original
            ? new SourceTitle(original, t.String("transliteration"), t.String("translation"))
            : null;
    }

    private static CitedIn? CitedIn(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "cited_in", ["source", "footnote"]);
        var source = f?.String("source", required: true);
        if (f is null || source is null)
        {
            return null;
        }

        var cited = new CitedIn(source, f.Int("footnote"));
        f.Record(cited);
        return cited;
    }

    private static Grade? Grade(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "grade", ["reliability", "credibility", "rationale"]);
        var reliability = f?.Enum("reliability", Reliabilities, required: true);
        var credibility = f?.Int("credibility", required: true);
        if (f is null || reliability is null || credibility is null)
        {
            return null;
        }

        if (!Sources.Grade.IsCredibility(credibility.Value))
        {
            context.Error(f.Get("credibility")!, $"credibility must be 1 (confirmed) to 6 (cannot be judged), not {credibility}");
            return null;
        }

        return new Grade(reliability.Value, credibility.Value, f.String("rationale"));
    }
}
