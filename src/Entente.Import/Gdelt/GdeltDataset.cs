using Entente.Import.Events;

namespace Entente.Import.Gdelt;

/// <summary>GDELT: 1.0 and 2.0 events (layout told by the column count) and 2.0 mentions, tab-separated without a header.</summary>
public static class GdeltDataset
{
    public const string V1 = "gdelt1";
    public const string V2 = "gdelt2";

    public static EventDataset Registration { get; } = new(
        "gdelt",
        "Import GDELT 1.0 or 2.0 event files (or, with --table mentions, 2.0 mentions) into the event warehouse.",
        [V1, V2],
        actors => new GdeltEventReader(actors),
        line => GdeltLayout.FamilyOf(Columns(line)) is not null)
    {
        Mentions = () => new GdeltMentionReader(),
        RecognisesMentions = line => Columns(line) == GdeltMentionReader.Columns,
    };

    private static int Columns(string line) => line.Count(c => c == '\t') + 1;
}
