using System.Net.Http.Json;
using System.Text.Json;
using Entente.Import.Bundle;
using Entente.Storage.Sqlite;
using Entente.Testing;
using Entente.Web.Hosting;

namespace Entente.Web.Tests.Api;

/// <summary>Dossiers are kept per data version: an import made while the server runs shows on the next request.</summary>
public sealed class DossierFreshnessTests
{
    [Fact]
    public async Task An_item_imported_while_the_server_runs_appears_in_the_next_dossier()
    {
        using var dir = new TempDirectory();
        var options = new WorkbenchOptions { StorePath = dir.File("fresh.db") };
        await (await SqliteEvidenceStore.OpenAsync(options.StorePath, TestContext.Current.CancellationToken)).DisposeAsync();
        using var client = new WorkbenchFactory(options).CreateClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/dossier/IND/FRA", TestContext.Current.CancellationToken);
        var again = await client.GetFromJsonAsync<JsonElement>("/api/dossier/IND/FRA", TestContext.Current.CancellationToken);

        dir.Write("bundle/item.yaml", """
            sources:
              - {id: a-source, kind: blog, title: A source}
            items:
              - id: ind-fra-exercise
                type: exercise
                date: "2021-04"
                actors: [{actor: IND, role: participant}, {actor: FRA, role: participant}]
                exercise: {series: Varuna, domain: [sea]}
                summary: A naval exercise.
                sources: [a-source]
            """);
        var read = BundleValidator.Shipped.ReadAndValidate(dir.File("bundle"));
        await using (var store = await SqliteEvidenceStore.OpenAsync(options.StorePath, TestContext.Current.CancellationToken))
        {
            await store.ImportAsync(read.Bundle, "test", cancellationToken: TestContext.Current.CancellationToken);
        }

        var after = await client.GetFromJsonAsync<JsonElement>("/api/dossier/IND/FRA", TestContext.Current.CancellationToken);

        Assert.Equal(0, Exercises(before));
        Assert.Equal(0, Exercises(again));
        Assert.Equal(1, Exercises(after));
    }

    private static int Exercises(JsonElement dossier) =>
        dossier.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "exercises").TryGetProperty("items", out var items) ? items.GetArrayLength() : 0;
}
