using Entente.Codebooks;
using Entente.Evidence;
using Entente.Forecasting;

namespace Entente.Storage.Analysis;

/// <summary>
/// Composes scorable forecasts from forecast items (their statement, scale, term or probability, due date and the
/// authors of the source they come from) and the forecast log (later updates, resolutions).
/// A term without a probability stands for the middle of its range. Moves to Entente.Analysis when that project lands.
/// </summary>
public static class ForecastAssembler
{
    public static async Task<IReadOnlyList<Forecast>> ForecastsAsync(IEvidenceStore store, SqliteAnalysisStore analysis, CancellationToken cancellationToken = default)
    {
        var items = await store.QueryItemsAsync(new EvidenceQuery { Types = ["forecast"] }, cancellationToken);
        var sourceIds = items.SelectMany(i => i.Sources.Take(1).Select(c => c.Source)).Distinct(StringComparer.Ordinal).ToList();
        var authors = (await store.QuerySourcesAsync(new SourceQuery { Ids = sourceIds }, cancellationToken))
            .ToDictionary(s => s.Id, s => s.Authors.Count == 0 ? s.Publisher ?? s.Id : string.Join("; ", s.Authors), StringComparer.Ordinal);
        var log = (await analysis.ForecastLogAsync(cancellationToken)).ToLookup(e => e.Forecast, StringComparer.Ordinal);
        return [.. items.Where(i => i.Forecast is not null).Select(i => Assemble(i, i.Sources.Count > 0 ? authors.GetValueOrDefault(i.Sources[0].Source) : null, [.. log[i.Id]]))];
    }

    public static Forecast Assemble(EvidenceItem item, string? sourceAuthor, IReadOnlyList<ForecastLogEntry> log)
    {
        var details = item.Forecast!;
        var author = sourceAuthor ?? "unknown";
        var shape = log.LastOrDefault(e => e.Update is not null);
        var updates = new List<ForecastUpdate>();
        if (shape is null || shape.Kind == ForecastKind.Binary)
        {
            var term = details.Term is { } t ? CodebookSet.Shipped.Term(details.Scale, t) : null;
            if ((details.Probability ?? (term is null ? null : ForecastRules.Midpoint(term))) is { } p)
            {
                updates.Add(new ForecastUpdate(item.Date.Start, [p, 1 - p], author) { Term = details.Term, Note = details.Probability is null ? "probability: the middle of the term's range" : null });
            }
        }

        updates.AddRange(log.Where(e => e.Update is not null).Select(e => e.Update!));
        updates.Sort((a, b) => a.On.CompareTo(b.On));
        var resolution = log.FirstOrDefault(e => e.Resolution is not null)?.Resolution
            ?? (details.Resolution is { } happened && details.ResolvedOn is { } on ? new ForecastResolution(happened ? 0 : 1, on.Start, [item.Id], author) { Note = details.ResolutionNote } : null);
        return new Forecast
        {
            Id = item.Id,
            Statement = details.Statement,
            Author = author,
            Topic = item.Themes.Count > 0 ? item.Themes[0] : "general",
            Scale = details.Scale,
            Confidence = details.Confidence,
            ResolutionCriteria = details.ResolutionCriteria,
            Due = details.Due?.End,
            Kind = shape?.Kind ?? ForecastKind.Binary,
            Categories = shape?.Categories ?? ["yes", "no"],
            Updates = updates,
            Resolution = resolution,
        };
    }
}
