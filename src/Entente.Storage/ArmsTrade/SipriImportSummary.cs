using Entente.ArmsTrade;

namespace Entente.Storage.ArmsTrade;

/// <summary>What storing one SIPRI file did: stored it, or found the identical file already there.</summary>
public sealed record SipriImportSummary(SipriRelease Release, bool AlreadyImported, int Deals, int Deliveries, int TableValues);
