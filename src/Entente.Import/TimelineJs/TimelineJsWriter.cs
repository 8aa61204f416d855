using System.Net;
using System.Text.Json;
using Entente.Dates;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Import.TimelineJs;

/// <summary>
/// Evidence as a TimelineJS3 JSON timeline, each date at its own precision. TimelineJS renders `text` as HTML,
/// so every piece of bundle text is HTML-encoded here: a summary is data, never markup.
/// </summary>
public static class TimelineJsWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Write(string title, IEnumerable<EvidenceItem> items, IReadOnlyDictionary<string, Source> sources)
    {
        var timeline = new Dictionary<string, object>
        {
            ["title"] = new { text = new { headline = WebUtility.HtmlEncode(title), text = "" } },
            ["events"] = items.Select(item => Event(item, sources)).ToList(),
        };
        return JsonSerializer.Serialize(timeline, Options);
    }

    private static Dictionary<string, object> Event(EvidenceItem item, IReadOnlyDictionary<string, Source> sources)
    {
        var citations = item.Sources.Select(c => sources.TryGetValue(c.Source, out var s)
            ? $"{WebUtility.HtmlEncode(s.Publisher ?? "")}, <i>{WebUtility.HtmlEncode(s.Title.Display)}</i>{(s.Date is { } d ? $", {d}" : "")}{(c.Footnote is { } n ? $" (fn {n})" : "")}"
            : WebUtility.HtmlEncode(c.Source));
        var e = new Dictionary<string, object>
        {
            ["unique_id"] = item.Id,
            ["start_date"] = Date(item.Date.From),
            ["text"] = new
            {
                headline = WebUtility.HtmlEncode(Headline(item)),
                text = $"<p>{WebUtility.HtmlEncode(item.Summary)}</p><p>Sources: {string.Join("; ", citations)}</p>",
            },
            ["group"] = item.Themes.Count > 0 ? item.Themes[0] : item.Type,
        };
        if (item.Date.IsRange)
        {
            e["end_date"] = Date(item.Date.To);
        }

        return e;
    }

    private static string Headline(EvidenceItem item) =>
        item.Exercise?.Series is { } series ? $"{series} {item.Exercise.Edition}".Trim()
        : item.Programme?.Name ?? item.Agreement?.Title ?? item.Type;

    private static Dictionary<string, string> Date(PartialDate date)
    {
        var d = new Dictionary<string, string> { ["year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (date.Month is { } month)
        {
            d["month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (date.Day is { } day)
        {
            d["day"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return d;
    }
}
