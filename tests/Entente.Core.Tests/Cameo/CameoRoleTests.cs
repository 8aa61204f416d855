using Entente.Actors;
using Entente.Cameo;

namespace Entente.Core.Tests.Cameo;

/// <summary>Registry actors coded as a state's role in event data (cameo-roles.tsv), checked against the registry and the codebook.</summary>
public sealed class CameoRoleTests
{
    private static readonly ActorRegistry Registry = ActorRegistry.Shipped;

    [Fact]
    public void Every_role_names_a_registry_actor_under_its_state_and_a_CAMEO_type_code()
    {
        var roles = CameoActorMap.Shipped.Roles;

        Assert.NotEmpty(roles);
        Assert.All(roles, role =>
        {
            var actor = Registry.Find(role.ActorId);
            Assert.NotNull(actor);
            Assert.Equal(ActorKind.State, Registry.Find(role.StateId)?.Kind);
            Assert.Contains(role.StateId, Ancestors(actor!));
            Assert.NotNull(CameoCodebook.Shipped.Actor(CameoActorKind.Type, role.Role));
        });
    }

    [Fact]
    public void The_armed_forces_of_the_flagship_dyad_are_their_states_military()
    {
        Assert.Equal(new CameoRole("pla", "CHN", "MIL"), CameoActorMap.Shipped.RoleOf("pla"));
        Assert.Equal(new CameoRole("russian-armed-forces", "RUS", "MIL"), CameoActorMap.Shipped.RoleOf("russian-armed-forces"));
    }

    [Fact]
    public void A_branch_has_no_role_of_its_own_and_points_to_the_ancestor_that_has_one()
    {
        Assert.Null(CameoActorMap.Shipped.RoleOf("russian-navy"));
        Assert.Equal("russian-armed-forces", CameoActorMap.Shipped.RoleOfAncestor("russian-navy")?.ActorId);
        Assert.Equal("russian-armed-forces", CameoActorMap.Shipped.RoleOfAncestor("russian-air-force")?.ActorId);
        Assert.Null(CameoActorMap.Shipped.RoleOfAncestor("CHN"));
    }

    private static List<string> Ancestors(Actor actor)
    {
        var chain = new List<string>();
        for (var parent = actor.Parent; parent is not null; parent = Registry.Find(parent)?.Parent)
        {
            chain.Add(parent);
        }

        return chain;
    }
}
