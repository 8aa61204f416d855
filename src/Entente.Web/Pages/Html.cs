using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Entente.Web.Pages;

/// <summary>
/// A fragment of markup that is safe by construction: literal template text is kept, every interpolated value is
/// HTML-encoded unless it is itself an <see cref="Html"/>. Evidence text therefore always renders as text.
/// </summary>
public sealed class Html
{
    /// <summary>Encodes markup-significant characters only; Cyrillic or Chinese titles stay readable in the source.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private Html(string markup) => Markup = markup;

    public string Markup { get; }

    public static Html Empty { get; } = new("");

    public static Html Of(ref HtmlBuilder builder) => new(builder.ToString());

    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Markup)));

    public static Html Join(string separator, IEnumerable<Html> parts) => new(string.Join(Encoder.Encode(separator), parts.Select(p => p.Markup)));

    /// <summary>A link target that may come from data: only http(s) and site-relative URLs survive; anything else (javascript:) becomes no link.</summary>
    public static string? SafeUrl(string? url) =>
        url is null ? null
        : url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri
        : null;

    public override string ToString() => Markup;
}

/// <summary>The interpolated-string handler behind <see cref="Html.Of"/>: literals verbatim, values encoded.</summary>
[InterpolatedStringHandler]
public ref struct HtmlBuilder
{
    private readonly StringBuilder _builder;

    public HtmlBuilder(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(Html? fragment) => _builder.Append(fragment?.Markup);

    public readonly void AppendFormatted(IEnumerable<Html> fragments)
    {
        foreach (var fragment in fragments)
        {
            _builder.Append(fragment.Markup);
        }
    }

    /// <summary>Lists of fragments bind here too (a List is an exact match for T), so fragments are recognised at run time.</summary>
    public readonly void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case Html fragment:
                _builder.Append(fragment.Markup);
                break;
            case IEnumerable<Html> fragments:
                foreach (var fragment in fragments)
                {
                    _builder.Append(fragment.Markup);
                }

                break;
            case IFormattable formattable:
                _builder.Append(Html.Encoder.Encode(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                _builder.Append(Html.Encoder.Encode(value?.ToString() ?? ""));
                break;
        }
    }

    public readonly void AppendFormatted<T>(T value, string format)
        where T : IFormattable => _builder.Append(Html.Encoder.Encode(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));

    public readonly void AppendFormatted<T>(T? value, string format)
        where T : struct, IFormattable => _builder.Append(value is { } v ? Html.Encoder.Encode(v.ToString(format, System.Globalization.CultureInfo.InvariantCulture)) : "");

    public override readonly string ToString() => _builder.ToString();
}
