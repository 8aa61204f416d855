namespace Entente.Import.Events;

/// <summary>The event datasets Entente reads; the dedup key is (dataset, event id).</summary>
public static class EventDataset
{
    public const string Gdelt1 = "gdelt1";
    public const string Gdelt2 = "gdelt2";
    public const string Icews = "icews";

    public static IReadOnlyList<string> All { get; } = [Gdelt1, Gdelt2, Icews];
}
