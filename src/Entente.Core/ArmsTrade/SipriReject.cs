namespace Entente.ArmsTrade;

/// <summary>A record of a SIPRI file that could not be read, with where and why.</summary>
public sealed record SipriReject(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
