using Entente.Cameo;
using Entente.Events;

namespace Entente.Import.Events;

/// <summary>
/// One event dataset Entente can import: its command name (`entente import NAME`), the dataset names its rows carry,
/// how to make its readers, and a content sniff that recognises its files by their first line, so that a file of
/// another dataset is named instead of misread. A dataset is a folder with its reader and this registration.
/// </summary>
public sealed record EventDataset(string Name, string Description, IReadOnlyList<string> Datasets, Func<CameoActorMap, IEventReader> Events, Func<string, bool> Recognises)
{
    /// <summary>The mentions table reader, for datasets that publish one (`--table mentions`).</summary>
    public Func<IMentionReader>? Mentions { get; init; }

    /// <summary>Recognises a mentions file by its first line.</summary>
    public Func<string, bool>? RecognisesMentions { get; init; }
}
