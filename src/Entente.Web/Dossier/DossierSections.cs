namespace Entente.Web.Dossier;

/// <summary>The dossier's sections and the evidence types each gathers (a parent type matches its subtypes, as in the store's filter).</summary>
public static class DossierSections
{
    public static IReadOnlyList<(string Id, string Label, string[] Types)> All { get; } =
    [
        ("arms-deals", "Arms deals and deliveries", ["arms-deal", "third-country-transfer"]),
        ("exercises", "Exercises and patrols", ["exercise", "patrol"]),
        ("agreements", "Agreements", ["agreement"]),
        ("programmes", "Joint programmes and technology transfer", ["joint-programme", "technology-transfer"]),
        ("friction", "Friction: incidents, espionage, copying", ["incident"]),
    ];

    public static string[] JudgementTypes { get; } = ["judgement", "forecast"];
}
