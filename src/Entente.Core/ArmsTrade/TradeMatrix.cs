using Entente.Actors;

namespace Entente.ArmsTrade;

/// <summary>
/// The deliveries of one SIPRI release, summed by directed dyad and year, with the totals every share needs.
/// Years outside the release's coverage are missing (null), never zero; inside it, no deliveries is zero.
/// </summary>
public sealed partial class TradeMatrix
{
    private readonly Dictionary<(string S, string R, int Y), decimal> _dyads = [];
    private readonly Dictionary<(string S, int Y), decimal> _exports = [];
    private readonly Dictionary<(string R, int Y), decimal> _imports = [];
    private readonly Dictionary<(string R, int Y), List<(string Supplier, decimal Tiv)>> _suppliers = [];
    private readonly Dictionary<(string S, string R, int Y), Dictionary<string, decimal>> _categories = [];

    private readonly Dictionary<(string R, int Y), decimal> _hhi = [];
    private readonly ActorRegistry _registry;

    /// <summary>Sums the deliveries; <paramref name="registry"/> tells when each actor existed (Russia before 1992 is missing, not zero).</summary>
    public TradeMatrix(SipriRelease release, IEnumerable<Delivery> deliveries, ActorRegistry registry)
    {
        Release = release;
        _registry = registry;
        foreach (var d in deliveries)
        {
            Add(_dyads, (d.Supplier, d.Recipient, d.Year), d.Tiv);
            Add(_exports, (d.Supplier, d.Year), d.Tiv);
            Add(_imports, (d.Recipient, d.Year), d.Tiv);
            if (!_categories.TryGetValue((d.Supplier, d.Recipient, d.Year), out var byCategory))
            {
                _categories[(d.Supplier, d.Recipient, d.Year)] = byCategory = [];
            }

            Add(byCategory, string.IsNullOrEmpty(d.Category) ? "unspecified" : d.Category, d.Tiv);
            AddDeal(d);
        }

        foreach (var ((s, r, y), tiv) in _dyads)
        {
            if (!_suppliers.TryGetValue((r, y), out var list))
            {
                _suppliers[(r, y)] = list = [];
            }

            list.Add((s, tiv));
        }

        foreach (var (key, list) in _suppliers)
        {
            list.Sort((a, b) => b.Tiv != a.Tiv ? b.Tiv.CompareTo(a.Tiv) : string.CompareOrdinal(a.Supplier, b.Supplier));
            var total = _imports[key];
            _hhi[key] = total == 0 ? 0 : Math.Round(list.Sum(s => s.Tiv / total * 100 * (s.Tiv / total * 100)), 2);
        }
    }

    public SipriRelease Release { get; }

    public IEnumerable<(string Supplier, string Recipient)> Dyads => _dyads.Keys.Select(k => (k.S, k.R)).Distinct();

    public IEnumerable<int> Years => Enumerable.Range(Release.FirstYear, Math.Max(0, Release.LastYear - Release.FirstYear + 1));

    public decimal? Tiv(string supplier, string recipient, int year) =>
        Known(supplier, year) && Known(recipient, year) ? _dyads.GetValueOrDefault((supplier, recipient, year)) : null;

    public decimal? Exports(string supplier, int year) => Known(supplier, year) ? _exports.GetValueOrDefault((supplier, year)) : null;

    public decimal? Imports(string recipient, int year) => Known(recipient, year) ? _imports.GetValueOrDefault((recipient, year)) : null;

    /// <summary>A value exists when the release covers the year and the actor existed then (actors outside the registry: always).</summary>
    private bool Known(string actor, int year) => Release.Covers(year) && (_registry.Find(actor)?.ExistsIn(year) ?? true);

    /// <summary>Sums over an inclusive span of years; null if any year is outside the release.</summary>
    public static decimal? Sum(Func<int, decimal?> perYear, int from, int to)
    {
        decimal total = 0;
        for (var year = from; year <= to; year++)
        {
            if (perYear(year) is not { } value)
            {
                return null;
            }

            total += value;
        }

        return total;
    }

    public static decimal? Share(decimal? part, decimal? whole) => part is null || whole is null or 0 ? null : Math.Round(part.Value / whole.Value * 100, 4);

    /// <summary>The supplier's rank among the recipient's suppliers over the years (1 = largest); null if it supplied nothing.</summary>
    public int? Rank(string supplier, string recipient, int from, int to)
    {
        if (from == to)
        {
            // One year: the suppliers are already sorted, no regrouping needed.
            var position = _suppliers.TryGetValue((recipient, from), out var sorted) ? sorted.FindIndex(t => t.Supplier == supplier) : -1;
            return position < 0 || sorted![position].Tiv <= 0 ? null : position + 1;
        }

        var totals = Suppliers(recipient, from, to);
        var index = totals.FindIndex(t => t.Supplier == supplier);
        return index < 0 ? null : index + 1;
    }

    /// <summary>The recipient's suppliers over the years, largest first.</summary>
    public List<(string Supplier, decimal Tiv)> Suppliers(string recipient, int from, int to) =>
        [.. Enumerable.Range(from, to - from + 1)
            .SelectMany(y => _suppliers.GetValueOrDefault((recipient, y)) ?? [])
            .GroupBy(x => x.Supplier)
            .Select(g => (g.Key, g.Sum(x => x.Tiv)))
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)];

    /// <summary>Herfindahl–Hirschman index of the recipient's suppliers in a year, 0–10 000; null without imports.</summary>
    public decimal? Hhi(string recipient, int year)
    {
        if (Imports(recipient, year) is not { } total || total == 0)
        {
            return null;
        }

        return _hhi[(recipient, year)];
    }

    public IReadOnlyDictionary<string, decimal> Categories(string supplier, string recipient, int year) =>
        _categories.GetValueOrDefault((supplier, recipient, year)) ?? [];

    /// <summary>Every indicator of a dyad in a year.</summary>
    public DyadYear? Indicators(string supplier, string recipient, int year)
    {
        if (Tiv(supplier, recipient, year) is not { } tiv)
        {
            return null;
        }

        return new DyadYear(
            Release.Id, supplier, recipient, year, tiv,
            Share(tiv, Exports(supplier, year)),
            Share(tiv, Imports(recipient, year)),
            tiv > 0 ? Rank(supplier, recipient, year, year) : null,
            Hhi(recipient, year),
            Release.Covers(year - 4) ? Sum(y => Tiv(supplier, recipient, y), year - 4, year) : null)
        {
            Deals = DealKeys(supplier, recipient, year, year),
        };
    }

    /// <summary>All indicators for all dyads with deliveries, every covered year.</summary>
    public IEnumerable<DyadYear> All() =>
        Dyads.SelectMany(d => Years.Select(y => Indicators(d.Supplier, d.Recipient, y)!));

    private static void Add<TKey>(Dictionary<TKey, decimal> sums, TKey key, decimal value)
        where TKey : notnull => sums[key] = sums.GetValueOrDefault(key) + value;
}
