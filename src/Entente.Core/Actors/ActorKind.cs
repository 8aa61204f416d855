namespace Entente.Actors;

public enum ActorKind
{
    State,
    Organisation,
    Service,
    Company,
    Person,
    ArmedGroup,
    Unknown,
}
