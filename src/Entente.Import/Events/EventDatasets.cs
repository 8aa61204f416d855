using Entente.Import.Gdelt;
using Entente.Import.Icews;

namespace Entente.Import.Events;

/// <summary>The registered event datasets: adding one (ACLED, POLECAT) is its folder and one line here.</summary>
public static class EventDatasets
{
    public static IReadOnlyList<EventDataset> All { get; } =
    [
        GdeltDataset.Registration,
        IcewsDataset.Registration,
    ];

    /// <summary>Every dataset name rows may carry (gdelt1, gdelt2, icews …), for filters.</summary>
    public static IReadOnlyList<string> StoredNames { get; } = [.. All.SelectMany(d => d.Datasets)];

    /// <summary>The registered dataset (and its table) whose sniff recognises <paramref name="firstLine"/>, if any.</summary>
    public static string? Recognise(string firstLine)
    {
        foreach (var dataset in All)
        {
            if (dataset.Recognises(firstLine))
            {
                return $"{dataset.Name} events";
            }

            if (dataset.RecognisesMentions?.Invoke(firstLine) == true)
            {
                return $"{dataset.Name} mentions";
            }
        }

        return null;
    }
}
