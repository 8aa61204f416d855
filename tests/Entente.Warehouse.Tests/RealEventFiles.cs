using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>The real GDELT and ICEWS samples in ../shared/data, and an independent recount of them with a plain line reader.</summary>
internal static class RealEventFiles
{
    public static string[] GdeltEvents() =>
    [
        SharedData.Require("gdelt", "aamend", "events.csv"),
        SharedData.Require("gdelt", "aamend", "eventsT.csv"),
        SharedData.Require("gdelt", "arekziobrowski", "20191024143000.export.CSV"),
        SharedData.Require("gdelt", "reed9999", "events.csv"),
    ];

    public static string Icews() => SharedData.Require("icews", "andybega", "events.2018.sample.tab");

    public static IEnumerable<string[]> GdeltRows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    /// <summary>GDELT rows between two CAMEO country codes (Actor1CountryCode col 8, Actor2CountryCode col 18), either way.</summary>
    public static IEnumerable<string[]> GdeltDyad(string path, string a, string b) =>
        GdeltRows(path).Where(c => (c[7] == a && c[17] == b) || (c[7] == b && c[17] == a));

    public static IEnumerable<string[]> IcewsRows() => File.ReadLines(Icews()).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    /// <summary>ICEWS rows between two countries by name (Source Country col 5, Target Country col 11), either way.</summary>
    public static IEnumerable<string[]> IcewsDyad(string a, string b) =>
        IcewsRows().Where(c => (c[4] == a && c[10] == b) || (c[4] == b && c[10] == a));
}
