using Entente.Actors;
using Entente.Bundles;
using Entente.Dates;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Storage.Tests.Conformance;

/// <summary>Evidence built in code for the store tests, so they depend on the model alone, not on a bundle reader.</summary>
internal static class SampleEvidence
{
    public static Source Mod { get; } = new()
    {
        Id = "mod",
        Kind = "official",
        Publisher = "Ministry of Defence",
        Title = new SourceTitle("Совместные учения «Восток-2018»", "Sovmestnye ucheniya Vostok-2018", "Joint exercise Vostok 2018"),
        Date = PartialDate.Parse("2018-09-11"),
        Grade = new Grade(Reliability.B, 3, "Official; numbers not confirmed."),
    };

    public static Source Blog { get; } = new()
    {
        Id = "blog",
        Kind = "blog",
        Title = new SourceTitle("Speculation about submarines"),
        Grade = new Grade(Reliability.E, 4),
    };

    public static Source Wire { get; } = new()
    {
        Id = "wire",
        Kind = "wire",
        Publisher = "Reuters",
        Title = new SourceTitle("China buys Su-35 fighters"),
        Date = PartialDate.Parse("2015-11-19"),
        Grade = new Grade(Reliability.B, 2),
    };

    public static EvidenceItem Vostok { get; } = new()
    {
        Id = "vostok-2018",
        Type = "exercise",
        Date = new DateSpan(PartialDate.Parse("2018-09-11"), PartialDate.Parse("2018-09-17")),
        Actors = [new ActorRole("RUS", "host"), new ActorRole("CHN", "participant"), new ActorRole("MNG", "participant")],
        Quantities = [new Quantity { Measure = "personnel", Value = 3200, Unit = "persons", Actor = "CHN" }],
        Themes = ["exercises"],
        Summary = "Russia hosted its largest exercise since 1981 with a Chinese contingent.",
        Sources = [new Citation("mod")],
        Exercise = new ExerciseDetails { Series = "Vostok", Edition = "2018", Domains = ["land", "air"] },
    };

    public static EvidenceItem Su35 { get; } = new()
    {
        Id = "su35-order",
        Type = "arms-deal.order",
        Date = DateSpan.On(PartialDate.Parse("2015-11")),
        Actors = [new ActorRole("RUS", "supplier"), new ActorRole("CHN", "recipient")],
        Quantities = [new Quantity { Measure = "units-ordered", Value = 24, Unit = "aircraft" }],
        Themes = ["defence-trade"],
        Summary = "China ordered 24 Su-35 fighters from Russia.",
        Sources = [new Citation("wire") { Page = "1" }],
    };

    public static EvidenceItem Submarine { get; } = new()
    {
        Id = "submarine",
        Type = "joint-programme",
        Date = DateSpan.On(PartialDate.Parse("2020")),
        Actors = [new ActorRole("RUS", "developer"), new ActorRole("CHN", "developer")],
        Themes = ["procurement-rd"],
        Summary = "A blog claims the two navies design a non-nuclear submarine together.",
        Sources = [new Citation("blog")],
        Programme = new ProgrammeDetails { Name = "Non-nuclear submarine", Status = "development" },
    };

    public static EvidenceItem KazakhTransfer { get; } = new()
    {
        Id = "kaz-transfer",
        Type = "third-country-transfer",
        Date = DateSpan.On(PartialDate.Parse("2019")),
        Actors = [new ActorRole("CHN", "supplier"), new ActorRole("KAZ", "recipient")],
        Themes = ["competition"],
        Summary = "China delivered drones to Kazakhstan.",
        Sources = [new Citation("wire") { Credibility = 3 }],
    };

    public static Actor Analyst { get; } = new() { Id = "test-analyst", Kind = ActorKind.Person, Name = "Test Analyst", Parent = "EST" };

    public static Bundle Bundle { get; } = new()
    {
        Info = new BundleInfo("sample"),
        Actors = [Analyst],
        Sources = [Mod, Blog, Wire],
        Items = [Vostok, Su35, Submarine, KazakhTransfer],
    };
}
