using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entente.Web.Maps;

/// <summary>
/// The world's countries from world-atlas (Natural Earth 1:110m, TopoJSON, bundled at build time from npm), decoded once
/// and projected equirectangularly onto a 720×360 plane: SVG paths and a centre point per country (ISO 3166 numeric id).
/// </summary>
public sealed class WorldOutline
{
    public const double Width = 720, Height = 360;

    private static readonly Lazy<WorldOutline> Lazy = new(Load);

    private WorldOutline(IReadOnlyList<Country> countries) => Countries = countries;

    public static WorldOutline Shipped => Lazy.Value;

    public IReadOnlyList<Country> Countries { get; }

    public sealed record Country(string Id, string Name, string Path, (double X, double Y) Centre);

    public static (double X, double Y) Project(double latitude, double longitude) => ((longitude + 180) / 360 * Width, (90 - latitude) / 180 * Height);

    public Country? ByIsoNumeric(string? code) => code is null ? null : Countries.FirstOrDefault(c => c.Id == code.PadLeft(3, '0'));

    private static WorldOutline Load()
    {
        using var stream = typeof(WorldOutline).Assembly.GetManifestResourceStream("world-atlas/countries-110m.json")
            ?? throw new InvalidOperationException("The world outline (world-atlas) is not embedded; run 'npm ci' in src/Entente.Web and rebuild.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var scale = root.GetProperty("transform").GetProperty("scale");
        var translate = root.GetProperty("transform").GetProperty("translate");
        var (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        var arcs = new List<List<(double X, double Y)>>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            // Quantised and delta-encoded: each position adds to the one before it.
            double qx = 0, qy = 0;
            var points = new List<(double, double)>();
            foreach (var position in arc.EnumerateArray())
            {
                qx += position[0].GetDouble();
                qy += position[1].GetDouble();
                points.Add(Project((qy * sy) + ty, (qx * sx) + tx));
            }

            arcs.Add(points);
        }

        var countries = new List<Country>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            if (!geometry.TryGetProperty("arcs", out var polygons))
            {
                continue;
            }

            var rings = geometry.GetProperty("type").GetString() == "Polygon"
                ? polygons.EnumerateArray().Select(r => Ring(arcs, r)).ToList()
                : polygons.EnumerateArray().SelectMany(p => p.EnumerateArray().Select(r => Ring(arcs, r))).ToList();
            var path = new StringBuilder();
            foreach (var ring in rings.Where(r => r.Count > 2))
            {
                // A ring crossing the antimeridian (Chukotka, Fiji) would draw a line across the world: lift the pen there instead.
                for (var i = 0; i < ring.Count; i++)
                {
                    var jump = i == 0 || Math.Abs(ring[i].X - ring[i - 1].X) > Width / 2;
                    path.Append(jump ? 'M' : 'L').Append(string.Create(CultureInfo.InvariantCulture, $"{ring[i].X:0.#},{ring[i].Y:0.#}"));
                }
            }

            var largest = rings.OrderByDescending(r => r.Count).First();
            var id = geometry.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? "" : "";
            var name = geometry.GetProperty("properties").GetProperty("name").GetString() ?? id;
            countries.Add(new Country(id, name, path.ToString(), (largest.Average(p => p.X), largest.Average(p => p.Y))));
        }

        return new WorldOutline(countries);
    }

    /// <summary>A ring is a chain of arcs; a negative index ~i means arc i reversed. Joined arcs share their end points.</summary>
    private static List<(double X, double Y)> Ring(List<List<(double X, double Y)>> arcs, JsonElement indices)
    {
        var ring = new List<(double X, double Y)>();
        foreach (var index in indices.EnumerateArray().Select(i => i.GetInt32()))
        {
            var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }

        return ring;
    }
}
