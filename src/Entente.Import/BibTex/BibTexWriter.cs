using System.Text;
using Entente.Sources;

namespace Entente.Import.BibTex;

/// <summary>Sources as BibTeX for LaTeX users; the grade travels in `note`. Every field is escaped, so no title can break the file.</summary>
public static class BibTexWriter
{
    public static string Write(IEnumerable<Source> sources)
    {
        var text = new StringBuilder();
        foreach (var source in sources)
        {
            text.Append('@').Append(EntryType(source.Kind)).Append('{').Append(Key(source.Id)).Append(",\n");
            Field(text, "title", source.Title.Translation ?? source.Title.Original);
            if (source.Title.Translation is not null)
            {
                Field(text, "titleaddon", source.Title.Original);
            }

            if (source.Authors.Count > 0)
            {
                Field(text, "author", string.Join(" and ", source.Authors));
            }

            Field(text, source.Kind is "newspaper" or "wire" or "state-media" or "specialist" ? "journal" : "publisher", source.Publisher);
            Field(text, "year", source.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Field(text, "month", source.Date?.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Field(text, "url", source.Url);
            Field(text, "pages", source.Page);
            Field(text, "language", source.Language);
            Field(text, "note", source.Grade is { } grade ? $"Grade {grade.Code} (NATO AJP-2.1){(grade.Rationale is null ? "" : $": {grade.Rationale}")}" : null);
            text.Append("}\n\n");
        }

        return text.ToString();
    }

    private static string EntryType(string kind) => kind switch
    {
        "newspaper" or "wire" or "state-media" or "specialist" => "article",
        "analysis" or "official" or "organisation" => "techreport",
        _ => "misc",
    };

    /// <summary>Citation keys allow letters, digits and a few marks only.</summary>
    public static string Key(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.' ? c : '_')]);

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append("  ").Append(name).Append(" = {").Append(Escape(value)).Append("},\n");
        }
    }

    /// <summary>Braces, backslashes and TeX's special characters become text; control characters become spaces.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '^' => @"\^{}",
                '~' => @"\~{}",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
