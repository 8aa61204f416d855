using Entente.Import.Bundle;
using Entente.Storage.Sqlite;
using Entente.Testing;
using Entente.Web.Hosting;

namespace Entente.Web.Tests;

/// <summary>A store whose every text field is hostile markup, for the XSS tests (pages and browser).</summary>
public sealed class HostileStore : IAsyncLifetime
{
    /// <summary>Breaks out of text, of a double- and a single-quoted attribute, and of an SVG title.</summary>
    public const string Payload = "</title><script>alert('x')</script>\"><img src=x onerror=alert(1)>'<svg onload=alert(2)>";

    private readonly TempDirectory _dir = new();

    public WorkbenchOptions Options => new() { StorePath = _dir.File("hostile.db"), Port = 0 };

    public static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public async ValueTask InitializeAsync()
    {
        var p = Yaml(Payload);
        var bundle = _dir.Write("bundle/hostile.yaml", $$"""
            sources:
              - id: hostile-source
                kind: blog
                title: {{p}}
                publisher: {{p}}
                authors: [{{p}}]
                date: "2019-05"
                url: "https://example.org/?q=%3Cscript%3E"
                grade: {reliability: C, credibility: 3, rationale: {{p}}}
            items:
              - id: hostile-item
                type: exercise
                date: "2019-05-03"
                actors: [{actor: RUS, role: participant}, {actor: CHN, role: participant}]
                place: {country: CHN, region: {{p}}, name: {{p}}}
                exercise: {series: {{p}}, edition: {{p}}, domain: [sea]}
                themes: [exercises]
                summary: {{p}}
                sources: [{source: hostile-source, footnote: 1, page: {{p}}}]
                annotations:
                  - {author: {{p}}, text: {{p}}}
            """);
        var read = BundleValidator.Shipped.ReadAndValidate(Path.GetDirectoryName(bundle)!);
        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        await using var store = await SqliteEvidenceStore.OpenAsync(Options.StorePath);
        await store.ImportAsync(read.Bundle, "hostile");
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
