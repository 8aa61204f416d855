using System.Text;
using Entente.Storage;
using Entente.Storage.Sqlite;
using Entente.Testing;

namespace Entente.Cli.Tests.Process;

/// <summary>Killing the process in the middle of an import leaves the store exactly as it was before.</summary>
public sealed class CrashSafetyTests
{
    private const int Items = 40_000;

    [Fact]
    public async Task Killing_an_import_midway_leaves_the_store_unchanged()
    {
        using var dir = new TempDirectory();
        var db = dir.File("evidence.db");
        var seeded = await EntenteProcess.RunAsync(db, "import", "bundle", CliRun.Fixture("valid", "sample.yaml"));
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        var before = await CountsAsync(db);
        var bundle = WriteLargeBundle(dir);

        using (var import = EntenteProcess.Start(db, "import", "bundle", bundle))
        {
            // The CLI announces the write transaction on stderr just before it begins.
            for (var line = await import.StandardError.ReadLineAsync(); line is not null; line = await import.StandardError.ReadLineAsync())
            {
                if (line.StartsWith("Importing ", StringComparison.Ordinal))
                {
                    break;
                }
            }

            await Task.Delay(300, TestContext.Current.CancellationToken);
            Assert.False(import.HasExited, "the import finished before it could be killed; make the bundle larger");
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(db + "-wal") || File.Exists(db + "-journal"), "the kill did not land during a write");
        Assert.Equal(before, await CountsAsync(db));
        await using var store = await SqliteEvidenceStore.OpenAsync(db);
        Assert.Null(await store.FindItemAsync("bulk-00001"));
    }

    private static async Task<StoreCounts> CountsAsync(string db)
    {
        await using var store = await SqliteEvidenceStore.OpenAsync(db);
        return await store.CountAsync();
    }

    /// <summary>A valid bundle large enough that writing it takes seconds: two files under the per-file limit.</summary>
    private static string WriteLargeBundle(TempDirectory dir)
    {
        var root = Path.Combine(dir.Path, "bulk");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "sources.yaml"), "sources:\n  - {id: bulk-source, kind: wire, title: Bulk wire report}\n");
        for (var file = 0; file < 2; file++)
        {
            var text = new StringBuilder("items:\n");
            for (var i = file * Items / 2; i < (file + 1) * Items / 2; i++)
            {
                text.Append($"  - id: bulk-{i:00000}\n    type: statement\n    date: \"2019-07-23\"\n")
                    .Append("    actors: [{actor: RUS, role: speaker}, {actor: CHN, role: subject}]\n")
                    .Append($"    summary: Generated statement number {i} about cooperation.\n    sources: [bulk-source]\n");
            }

            File.WriteAllText(Path.Combine(root, $"items-{file}.yaml"), text.ToString());
        }

        return root;
    }
}
