using System.Globalization;

namespace Entente.Web.Maps;

/// <summary>Approximate points for seas named as an item's place (sea-positions.tsv), used when the item gives no coordinates.</summary>
public static class SeaPositions
{
    private static readonly Lazy<IReadOnlyDictionary<string, (double Lat, double Lon)>> Lazy = new(() =>
    {
        using var stream = typeof(SeaPositions).Assembly.GetManifestResourceStream("Entente.Web.Maps.sea-positions.tsv")!;
        using var reader = new StreamReader(stream);
        var seas = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in reader.ReadToEnd().Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            if (cells.Length == 3 && cells[0] != "sea")
            {
                seas[cells[0]] = (double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture));
            }
        }

        return seas;
    });

    public static (double Lat, double Lon)? Find(string? sea) => sea is not null && Lazy.Value.TryGetValue(sea, out var p) ? p : null;
}
