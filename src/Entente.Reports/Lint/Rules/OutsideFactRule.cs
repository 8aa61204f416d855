using System.Text.RegularExpressions;
using Entente.Evidence;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// A case encoding a paper may add facts the paper does not give, but only with a source of their own. Where an
/// annotation says a fact comes from outside the cited work ("from public record", "identified by the project"),
/// the item must cite a source that is not one of that work's footnotes.
/// </summary>
public sealed partial class OutsideFactRule : ILintRule
{
    public string Id => "outside-fact";

    public string Description => "Facts from outside the encoded work carry a source of their own.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var works = subject.Sources.Where(s => s.CitedIn is not null).Select(s => s.CitedIn!.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var item in subject.Items)
        {
            var sentence = item.Annotations.SelectMany(a => Sentences.Of(a.Text)).FirstOrDefault(s => Marker().IsMatch(s) && !NotEncoded().IsMatch(s));
            if (sentence is not null && !HasOwnSource(subject, item, works))
            {
                yield return subject.At(this, item, "annotations",
                    "adds a fact from outside the cited work without a source of its own; cite one or remove the fact", sentence);
            }
        }
    }

    /// <summary>A source that is neither an encoded work nor one of its footnotes.</summary>
    private static bool HasOwnSource(LintCase subject, EvidenceItem item, HashSet<string> works) =>
        item.Sources.Any(c => !works.Contains(c.Source) && subject.Source(c.Source) is { CitedIn: null });

    /// <summary>A sentence that names outside facts only to say they were left out adds nothing.</summary>
    [GeneratedRegex(@"\bnot encoded\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEncoded();

    [GeneratedRegex(@"\b(public record|public reporting|not from the paper|identified by the (Entente )?project|not discussed in the paper|the paper does not (mention|say))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
