using Entente.Evidence;

namespace Entente.Import.Bundle;

/// <summary>The checks on type-specific sections.</summary>
public sealed partial class BundleValidator
{
    private void CheckSections(Checker check, EvidenceItem item)
    {
        foreach (var domain in item.Exercise?.Domains.Where(d => !ExerciseDetails.KnownDomains.Contains(d)) ?? [])
        {
            check.Error(item.Exercise!, "domain", $"unknown domain '{domain}'; expected one of: {string.Join(", ", ExerciseDetails.KnownDomains)}");
        }

        if (item.Programme?.Status is { } status && !ProgrammeDetails.KnownStatuses.Contains(status))
        {
            check.Error(item.Programme, "status", $"unknown programme status '{status}'; expected one of: {string.Join(", ", ProgrammeDetails.KnownStatuses)}");
        }

        if (item.Agreement is { } agreement)
        {
            CheckCoding(check, agreement);
        }

        if (item.Claim is { } claim)
        {
            CheckClaim(check, item, claim);
        }

        if (item.Forecast is { } forecast)
        {
            CheckForecast(check, forecast);
        }
    }

    private void CheckClaim(Checker check, EvidenceItem item, ClaimDetails claim)
    {
        if (!codebooks.Metrics.TryGetValue(claim.Metric, out var metric))
        {
            check.Error(claim, "metric", $"unknown claim metric '{claim.Metric}'; expected one of: {string.Join(", ", codebooks.Metrics.Keys)}");
            return;
        }

        if (!metric.Accepts(claim.Unit))
        {
            check.Error(claim, "unit", $"unit mismatch: metric '{metric.Id}' takes {string.Join(" or ", metric.Units.Select(u => u == "currency" ? "a currency code" : u))}, not '{claim.Unit}'");
        }

        foreach (var role in metric.Roles.Where(r => !item.ActorsIn(r).Any()))
        {
            check.Error(claim, "metric", $"claim metric '{metric.Id}' needs an actor in role '{role}'");
        }

        if (claim.Unit == "percent" && claim.Value > 100)
        {
            check.Error(claim, "value", $"a share of {claim.Value} % is over 100 %");
        }
    }

    private void CheckForecast(Checker check, ForecastDetails forecast)
    {
        if (!codebooks.Scales.Contains(forecast.Scale))
        {
            check.Error(forecast, "scale", $"unknown estimative scale '{forecast.Scale}'; expected one of: {string.Join(", ", codebooks.Scales)}");
            return;
        }

        var term = forecast.Term is null ? null : codebooks.Term(forecast.Scale, forecast.Term);
        if (forecast.Term is not null && term is null)
        {
            var terms = codebooks.Terms.Where(t => t.Scale == forecast.Scale).Select(t => t.Term);
            check.Error(forecast, "term", $"'{forecast.Term}' is not a term of the {forecast.Scale} scale; expected one of: {string.Join(", ", terms)}");
        }

        if (forecast.Term is null && forecast.Probability is null)
        {
            check.Error(forecast, null, "a forecast needs an estimative term or a probability");
        }

        if (forecast.Probability is { } p && (p is < 0 or > 1 || (term is not null && !term.Contains(p))))
        {
            var range = term is null ? "0..1" : $"{term.Min:0.##}..{term.Max:0.##} for '{term.Term}'";
            check.Error(forecast, "probability", $"probability {p} is outside {range}");
        }

        if (forecast.Confidence is { } confidence && !ForecastDetails.KnownConfidences.Contains(confidence))
        {
            check.Error(forecast, "confidence", $"unknown confidence '{confidence}'; expected low, moderate or high");
        }

        if (forecast.Resolution is not null && forecast.ResolvedOn is null)
        {
            check.Error(forecast, "resolution", "a resolved forecast needs 'resolved_on'");
        }
    }
}
