using Entente.ArmsTrade;

namespace Entente.Storage.ArmsTrade;

/// <summary>What storing one SIPRI file did: stored it, found the identical file already there, or refused it (nothing stored).</summary>
public sealed record SipriImportSummary(SipriFile Outcome, bool AlreadyImported, int Deals, int Deliveries, int TableValues)
{
    public SipriRelease Release => Outcome.Release;

    public bool Stored => !AlreadyImported && Outcome.IsComplete;
}
