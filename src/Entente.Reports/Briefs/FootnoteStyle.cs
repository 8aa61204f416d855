using System.Globalization;
using Entente.Dates;
using Entente.Sources;

namespace Entente.Reports.Briefs;

/// <summary>
/// A source written the way the paper's footnotes write it: authors, "title" (transliterated, with the translation
/// in brackets), publisher, date, page, URL.
/// </summary>
public static class FootnoteStyle
{
    /// <summary>English month names, fixed here: the product runs with invariant globalization.</summary>
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(Source source)
    {
        var parts = new List<string>();
        if (source.Authors.Count > 0)
        {
            parts.Add(string.Join(" and ", source.Authors.Select(Name)));
        }

        var title = source.Title.Transliteration ?? source.Title.Original;
        parts.Add(source.Title.Translation is { } translation ? $"“{title}” [{translation}]" : $"“{title}”");
        if (source.Publisher is { } publisher && !source.Authors.Contains(publisher))
        {
            parts.Add(publisher);
        }

        if (source.Date is { } date)
        {
            parts.Add(Date(date));
        }

        if (source.Page is { } page)
        {
            parts.Add(page.Any(char.IsDigit) ? $"p. {page}" : page);
        }

        if (source.Url is { } url)
        {
            parts.Add(url);
        }

        return string.Join(", ", parts) + ".";
    }

    /// <summary>"Surname, Given" as "Given Surname"; organisations as written.</summary>
    public static string Name(string author) =>
        author.Split(", ", 2) is [var surname, var given] ? $"{given} {surname}" : author;

    public static string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month!.Value - 1]} {date.Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Months[date.Month!.Value - 1]} {date.Year}"),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };
}
