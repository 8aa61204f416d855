using Entente.Import.Events;

namespace Entente.Import.Icews;

/// <summary>ICEWS: Dataverse `.tab` event files, tab-separated with a header row.</summary>
public static class IcewsDataset
{
    public const string Name = "icews";

    public static EventDataset Registration { get; } = new(
        Name,
        "Import ICEWS event files (.tab) into the event warehouse.",
        [Name],
        actors => new IcewsEventReader(actors),
        line => line.Split('\t').Select(c => c.Trim()) is var header && IcewsEventReader.Required.All(header.Contains));
}
