using Entente.Actors;
using Entente.Analysis.Datasets;
using Entente.ArmsTrade;
using Entente.Dates;
using Entente.Evidence;

namespace Entente.Analysis.Tests;

/// <summary>Small hand-made inputs whose panel cells and ladder rungs can be worked out on paper.</summary>
internal static class DyadFixture
{
    public static Actor State(string id) => ActorRegistry.Shipped.Find(id)!;

    public static EvidenceItem Item(string id, string type, string date, params string[] participants) => new()
    {
        Id = id,
        Type = type,
        Date = DateSpan.On(PartialDate.Parse(date)),
        Actors = [.. participants.Select(p => new ActorRole(p, "participant"))],
        Summary = $"Fixture item {id}.",
    };

    public static DyadInputs Inputs(IReadOnlyList<EvidenceItem> evidence, DatasetRows? datasets = null, TradeMatrix? trade = null, string a = "RUS", string b = "CHN") => new()
    {
        A = State(a),
        B = State(b),
        Evidence = evidence,
        Datasets = datasets ?? DatasetRows.None,
        Trade = trade,
    };

    /// <summary>A release covering 2000–2010 with RUS → CHN deliveries in 2005 (100 TIV) and 2007 (50), and USA → CHN 2005 (25).</summary>
    public static TradeMatrix Trade()
    {
        var release = new SipriRelease("2024-04-13", DateTimeOffset.Parse("2024-04-13T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), SipriLayout.DeliveryRegister, "fixture.csv", "00")
        {
            FirstYear = 2000,
            LastYear = 2010,
        };
        return new TradeMatrix(release, [new Delivery("d1", "RUS", "CHN", 2005, 100m), new Delivery("d2", "RUS", "CHN", 2007, 50m), new Delivery("d3", "USA", "CHN", 2005, 25m)], ActorRegistry.Shipped);
    }
}
