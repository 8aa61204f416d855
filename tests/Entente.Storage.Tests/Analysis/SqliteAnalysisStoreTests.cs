using Entente.Ach;
using Entente.Dates;
using Entente.Evidence;
using Entente.Forecasting;
using Entente.Storage.Analysis;
using Entente.Storage.Sqlite;
using Entente.Storage.Tests.Conformance;
using Entente.Testing;
using Entente.Warnings;

namespace Entente.Storage.Tests.Analysis;

/// <summary>ACH ratings, rule versions and statuses, and forecast logs in a real store file, beside the evidence they name.</summary>
public sealed class SqliteAnalysisStoreTests : IAsyncLifetime
{
    private static readonly EvidenceItem Forecast = new()
    {
        Id = "zapad-forecast",
        Type = "forecast",
        Date = DateSpan.On(PartialDate.Parse("2020-11")),
        Summary = "A PLA contingent at Zapad 2021.",
        Sources = [new Citation("mod")],
        Forecast = new ForecastDetails { Statement = "The PLA sends troops to Zapad 2021.", Term = "likely", Due = PartialDate.Parse("2021-12-31") },
    };

    private static readonly AchSheet Sheet = new()
    {
        Case = "sample",
        Hypotheses = [new("ally", "allies"), new("rivals", "rivals")],
        Rows = [new AchSheetRow("vostok-2018", AchLevel.High), new AchSheetRow("su35-order", AchLevel.Medium)],
        Cells = [new("vostok-2018", "ally", AchRating.C, "joint drill"), new("vostok-2018", "rivals", AchRating.I, "rivals do not drill together"), new("su35-order", "rivals", AchRating.I, "arming a rival")],
    };

    private readonly TempDirectory _dir = new();
    private SqliteAnalysisStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        await using (var evidence = await SqliteEvidenceStore.OpenAsync(_dir.File("e.db")))
        {
            await evidence.ImportAsync(SampleEvidence.Bundle with { Items = [.. SampleEvidence.Bundle.Items, Forecast] }, "test");
        }

        _store = await SqliteAnalysisStore.OpenAsync(_dir.File("e.db"));
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Importing_the_same_matrix_twice_writes_nothing_the_second_time()
    {
        var first = await _store.ImportAsync([Sheet], [], [], "bundle");
        var second = await _store.ImportAsync([Sheet], [], [], "bundle");

        Assert.Equal(3, first.Ratings);
        Assert.True(second.IsEmpty);
        Assert.Single(await _store.AchRevisionsAsync("sample"));
    }

    [Fact]
    public async Task A_new_rating_is_kept_beside_the_earlier_one()
    {
        await _store.ImportAsync([Sheet], [], [], "bundle");

        await _store.RateAsync("sample", new AchCell("vostok-2018", "rivals", AchRating.II, "Vostok once rehearsed war on China"), "tester");

        var sheet = (await _store.SheetAsync("sample"))!;
        Assert.Equal(AchRating.II, sheet.Cells.Single(c => c.Item == "vostok-2018" && c.Hypothesis == "rivals").Rating);
        var revisions = await _store.AchRevisionsAsync("sample");
        Assert.Equal([3, 1], revisions.Select(r => r.Cells.Count));
        Assert.Equal("tester", revisions[1].Author);
    }

    [Fact]
    public async Task A_rating_on_an_item_that_does_not_exist_is_refused_and_nothing_is_written()
    {
        await _store.ImportAsync([Sheet], [], [], "bundle");

        var error = await Assert.ThrowsAsync<AnalysisInputException>(() => _store.RateAsync("sample", new AchCell("no-such-item", "ally", AchRating.C, "x"), "tester"));

        Assert.True(error.NotFound);
        Assert.Single(await _store.AchRevisionsAsync("sample"));
        Assert.Equal(2, (await _store.SheetAsync("sample"))!.Rows.Count);
    }

    [Fact]
    public async Task A_forecast_is_resolved_once_and_only_with_evidence_that_exists()
    {
        var resolution = new ForecastLogEntry("zapad-forecast") { Resolution = new ForecastResolution(0, new DateOnly(2021, 9, 16), ["vostok-2018"], "tester") };

        await _store.AppendAsync(resolution);
        var twice = await Assert.ThrowsAsync<AnalysisInputException>(() => _store.AppendAsync(resolution with { Resolution = resolution.Resolution! with { Outcome = 1 } }));
        var missing = await Assert.ThrowsAsync<AnalysisInputException>(() => _store.AppendAsync(new ForecastLogEntry("no-forecast") { Resolution = resolution.Resolution }));

        Assert.Contains("already resolved on 2021-09-16", twice.Message, StringComparison.Ordinal);
        Assert.True(missing.NotFound);
        Assert.Single(await _store.ForecastLogAsync());
    }

    [Fact]
    public async Task A_resolution_without_evidence_or_citing_a_missing_item_is_refused()
    {
        var none = new ForecastLogEntry("zapad-forecast") { Resolution = new ForecastResolution(0, new DateOnly(2021, 9, 16), [], "tester") };
        var ghost = new ForecastLogEntry("zapad-forecast") { Resolution = new ForecastResolution(0, new DateOnly(2021, 9, 16), ["ghost"], "tester") };

        await Assert.ThrowsAsync<AnalysisInputException>(() => _store.AppendAsync(none));
        await Assert.ThrowsAsync<AnalysisInputException>(() => _store.AppendAsync(ghost));
        Assert.Empty(await _store.ForecastLogAsync());
    }

    [Fact]
    public async Task Every_forecast_update_is_kept_in_order()
    {
        await _store.AppendAsync(new ForecastLogEntry("zapad-forecast") { Update = new ForecastUpdate(new DateOnly(2021, 3, 1), [0.7, 0.3], "tester") });
        await _store.AppendAsync(new ForecastLogEntry("zapad-forecast") { Update = new ForecastUpdate(new DateOnly(2021, 6, 1), [0.9, 0.1], "tester") });

        Assert.Equal([0.7, 0.9], (await _store.ForecastLogAsync()).Select(e => e.Update!.Probabilities[0]));
    }

    [Fact]
    public async Task Rule_versions_and_statuses_are_appended_only_when_they_change()
    {
        var rule = new WatchRule { Id = "r", Title = "r", Kind = RuleKind.Any };
        var triggered = new RuleStatus("r", RuleState.Triggered, DateTimeOffset.UnixEpoch, "1 finding", ["vostok-2018"]);

        Assert.True(await _store.SaveRuleAsync(rule, "file"));
        Assert.False(await _store.SaveRuleAsync(rule, "file"));
        Assert.True(await _store.SaveRuleAsync(rule with { Title = "renamed" }, "file"));
        Assert.True(await _store.RecordStatusAsync(triggered, [], "tester"));
        Assert.False(await _store.RecordStatusAsync(triggered with { At = DateTimeOffset.UtcNow }, [], "tester"));
        Assert.True(await _store.RecordStatusAsync(triggered with { State = RuleState.Acknowledged, Reason = "seen" }, [], "tester"));

        Assert.Equal("renamed", Assert.Single(await _store.RulesAsync()).Title);
        Assert.Equal([RuleState.Triggered, RuleState.Acknowledged], (await _store.StatusHistoryAsync("r")).Select(s => s.State));
    }
}
