using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Web.Tests.Api;

/// <summary>The bibliography and its exports: every listed source is in each export, once.</summary>
public sealed partial class SourcesApiTests(WorkbenchData data)
{
    [Fact]
    public async Task CSL_JSON_and_BibTeX_exports_hold_every_source_of_the_list()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources?kind=newspaper", TestContext.Current.CancellationToken);
        var csl = await client.GetFromJsonAsync<JsonElement>("/api/sources/export?format=csl-json&kind=newspaper", TestContext.Current.CancellationToken);
        var bibtex = await client.GetStringAsync("/api/sources/export?format=bibtex&kind=newspaper", TestContext.Current.CancellationToken);

        var ids = sources.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.True(ids.Count > 5);
        Assert.Equal(ids, csl.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(ids, BibKey().Matches(bibtex).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var response = await client.GetAsync("/api/sources/export?format=docx", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex(@"^@\w+\{([^,]+),", RegexOptions.Multiline)]
    private static partial Regex BibKey();
}
