using System.Text.Json;
using Entente.Sources;

namespace Entente.Import.CslJson;

/// <summary>Sources as CSL-JSON, the format Zotero and pandoc read; the grade travels in `note`.</summary>
public static class CslJsonWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<Source> sources) =>
        JsonSerializer.Serialize(sources.Select(Entry).ToList(), Options);

    public static Dictionary<string, object> Entry(Source source)
    {
        var entry = new Dictionary<string, object>
        {
            ["id"] = source.Id,
            ["type"] = Type(source.Kind),
            ["title"] = source.Title.Translation ?? source.Title.Original,
        };
        if (source.Title.Translation is not null)
        {
            entry["original-title"] = source.Title.Original;
        }

        if (source.Authors.Count > 0)
        {
            entry["author"] = source.Authors.Select(Name).ToList();
        }

        if (source.Date is { } date)
        {
            int?[] parts = [date.Year, date.Month, date.Day];
            entry["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { parts.OfType<int>().ToArray() } };
        }

        Add(entry, source.Kind is "newspaper" or "wire" or "state-media" or "specialist" ? "container-title" : "publisher", source.Publisher);
        Add(entry, "URL", source.Url);
        Add(entry, "page", source.Page);
        Add(entry, "language", source.Language);
        var notes = new List<string>();
        if (source.Title.Transliteration is { } transliteration)
        {
            notes.Add($"Transliteration: {transliteration}");
        }

        if (source.Grade is { } grade)
        {
            notes.Add($"Grade {grade.Code} (NATO AJP-2.1){(grade.Rationale is null ? "" : $": {grade.Rationale}")}");
        }

        if (notes.Count > 0)
        {
            entry["note"] = string.Join("\n", notes);
        }

        return entry;
    }

    private static string Type(string kind) => kind switch
    {
        "newspaper" or "wire" or "state-media" => "article-newspaper",
        "specialist" => "article-magazine",
        "analysis" or "official" => "report",
        "dataset" => "dataset",
        "blog" => "post-weblog",
        _ => "document",
    };

    /// <summary>"Family, Given" becomes a structured name; anything else (an institution) stays literal.</summary>
    private static Dictionary<string, string> Name(string author)
    {
        var comma = author.IndexOf(',', StringComparison.Ordinal);
        return comma > 0
            ? new Dictionary<string, string> { ["family"] = author[..comma].Trim(), ["given"] = author[(comma + 1)..].Trim() }
            : new Dictionary<string, string> { ["literal"] = author };
    }

    private static void Add(Dictionary<string, object> entry, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            entry[key] = value;
        }
    }
}
