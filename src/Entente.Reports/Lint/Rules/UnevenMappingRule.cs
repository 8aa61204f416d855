using System.Text.RegularExpressions;
using Entente.Evidence;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// The same wording in the source maps to the same estimative term everywhere in a case. The wording is read from
/// the annotation that records the mapping ("The paper's unhedged 'will' is mapped to almost certain", or "read as"); it is keyed
/// by its modal and any hedging adverb (other wording by the whole phrase), so 'will continue' and 'will ensure' are one cue and 'could conceivably' another.
/// </summary>
public sealed partial class UnevenMappingRule : ILintRule
{
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "conceivably", "potentially", "possibly", "probably", "likely", "perhaps", "well", "almost", "certainly", "undoubtedly", "surely",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "may", "might", "could", "can", "should", "must", "shall",
    };

    public string Id => "uneven-mapping";

    public string Description => "The same source wording is mapped to the same estimative term throughout a case.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var mapped = subject.Items
            .Where(i => i.Forecast?.Term is not null)
            .Select(i => (Item: i, Cue: CueOf(i)))
            .Where(x => x.Cue is not null)
            .GroupBy(x => x.Cue!, StringComparer.OrdinalIgnoreCase);
        foreach (var cue in mapped.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var terms = cue.GroupBy(x => x.Item.Forecast!.Term!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (terms.Count < 2)
            {
                continue;
            }

            var usual = terms[0];
            foreach (var (item, _) in terms.Skip(1).SelectMany(g => g))
            {
                var others = string.Join(", ", usual.Select(x => x.Item.Id).Order(StringComparer.Ordinal));
                yield return subject.At(this, item, "forecast",
                    $"maps '{cue.Key}' to {item.Forecast!.Term}, but {usual.Count()} other items map it to {usual.Key} ({others}); map one wording to one term");
            }
        }
    }

    /// <summary>The source's wording as the mapping annotation quotes it, reduced to its modal (and hedge), or null.</summary>
    public static string? CueOf(EvidenceItem item)
    {
        foreach (var annotation in item.Annotations)
        {
            var match = Mapping().Match(annotation.Text);
            if (!match.Success)
            {
                continue;
            }

            var words = match.Groups["cue"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Modals.Contains(words[0]))
            {
                return string.Join(' ', words);
            }

            return words.Length > 1 && Hedges.Contains(words[1]) ? $"{words[0]} {words[1]}" : words[0];
        }

        return null;
    }

    [GeneratedRegex(@"['‘""“](?<cue>[A-Za-z][A-Za-z ]{0,60})['’""”][^'‘’""“”]{0,60}?\b(mapped to|read as)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mapping();
}
