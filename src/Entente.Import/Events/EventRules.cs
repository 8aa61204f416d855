using System.Globalization;
using Entente.Events;

namespace Entente.Import.Events;

/// <summary>
/// The ranges every event must respect, whatever its dataset: checked on the parsed values of a filled batch row
/// (a few comparisons, no text), so a row that parses but cannot be true (Goldstein 999, a negative id, a date in
/// 9999) is rejected with its line instead of stored as if it were valid.
/// </summary>
public sealed class EventRules
{
    public static DateOnly Earliest { get; } = new(1900, 1, 1);

    /// <summary>Dates up to a year ahead are allowed (forecast-dated reports, clock skew); later ones are impossible.</summary>
    public DateOnly Latest { get; } = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);

    /// <summary>Why row <paramref name="i"/> of <paramref name="b"/> cannot be stored, or null when it can.</summary>
    public string? Check(EventBatch b, int i)
    {
        if (b.EventId[i] <= 0)
        {
            return $"event id {b.EventId[i]} is not a positive number";
        }

        var date = b.EventDate[i];
        if (date < Earliest || date > Latest)
        {
            return $"event date {Day(date)} is outside {Day(Earliest)}..{Day(Latest)}";
        }

        if (b.DateAdded[i] is { } added && (DateOnly.FromDateTime(added) < Earliest || DateOnly.FromDateTime(added) > Latest))
        {
            return $"date added {Day(DateOnly.FromDateTime(added))} is outside {Day(Earliest)}..{Day(Latest)}";
        }

        if (b.Goldstein[i] is { } goldstein && goldstein is < -10 or > 10)
        {
            return $"Goldstein value {Number(goldstein)} is outside -10..10";
        }

        if (b.QuadClass[i] is { } quad && quad is < 1 or > 4)
        {
            return $"QuadClass {quad} is not 1-4";
        }

        if (b.AvgTone[i] is { } tone && tone is < -100 or > 100)
        {
            return $"tone {Number(tone)} is outside -100..100";
        }

        if (b.ActionLat[i] is { } lat && lat is < -90 or > 90 || b.ActionLong[i] is { } lon && lon is < -180 or > 180)
        {
            return $"latitude/longitude {Number(b.ActionLat[i])}, {Number(b.ActionLong[i])} is outside -90..90, -180..180";
        }

        if (b.NumMentions[i] < 0 || b.NumSources[i] < 0 || b.NumArticles[i] < 0)
        {
            return $"a count (mentions {b.NumMentions[i]}, sources {b.NumSources[i]}, articles {b.NumArticles[i]}) is negative";
        }

        return null;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
