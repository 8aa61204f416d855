using Entente.Cameo;
using Entente.Events;
using Entente.Import.Gdelt;
using Entente.Import.Icews;

namespace Entente.Warehouse.Tests;

/// <summary>The registered readers, composed with the warehouse here as the command layer composes them.</summary>
internal static class Readers
{
    public static IEventReader GdeltEvents => new GdeltEventReader(CameoActorMap.Shipped);

    public static IMentionReader GdeltMentions => new GdeltMentionReader();

    public static IEventReader Icews => new IcewsEventReader(CameoActorMap.Shipped);
}
