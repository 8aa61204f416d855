using Entente.Actors;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>Reads an entry of a bundle's `actors:` list.</summary>
internal static class ActorYaml
{
    public static readonly string[] Keys = ["id", "kind", "name", "aliases", "parent", "valid_from", "valid_to"];

    public static Actor? Read(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "actor", Keys);
        if (f is null)
        {
            return null;
        }

        var id = f.String("id", required: true);
        var kindText = f.String("kind", required: true);
        var name = f.String("name", required: true);
        if (kindText is not null && !ActorCodebook.TryParseKind(kindText, out _))
        {
            context.Error(f.Get("kind")!, $"unknown actor kind '{kindText}'; expected one of: {string.Join(", ", Enum.GetValues<ActorKind>().Select(ActorCodebook.KindId))}");
            kindText = null;
        }

        var aliases = f.Strings("aliases");
        var parent = f.String("parent");
        var from = f.Date("valid_from");
        var to = f.Date("valid_to");
        if (id is null || name is null || kindText is null || !ActorCodebook.TryParseKind(kindText, out var kind))
        {
            return null;
        }

        var actor = new Actor { Id = id, Kind = kind, Name = name, Aliases = aliases, Parent = parent, ValidFrom = from, ValidTo = to };
        f.Record(actor);
        return actor;
    }
}
