using Entente.Evidence;
using Entente.Sources;

namespace Entente.Reports.Briefs;

/// <summary>Numbers sources in the order the brief first cites them, as a paper numbers its footnotes.</summary>
internal sealed class FootnoteRegister(IReadOnlyList<Source> sources)
{
    private readonly Dictionary<string, Source> _sources = sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
    private readonly Dictionary<string, int> _numbers = [];
    private readonly List<Footnote> _notes = [];

    public IReadOnlyList<Footnote> Notes => _notes;

    /// <summary>The note numbers for an item's citations, each source once, in citation order.</summary>
    public IReadOnlyList<int> Cite(EvidenceItem item) =>
        [.. item.Sources.Select(c => Number(c)).OfType<int>().Distinct()];

    private int? Number(Citation citation)
    {
        if (!_sources.TryGetValue(citation.Source, out var source))
        {
            return null;
        }

        var key = citation.Page is null ? source.Id : $"{source.Id}@{citation.Page}";
        if (!_numbers.TryGetValue(key, out var number))
        {
            number = _notes.Count + 1;
            _numbers[key] = number;
            var text = FootnoteStyle.Format(citation.Page is null ? source : source with { Page = citation.Page });
            _notes.Add(new Footnote(number, source.Id, text));
        }

        return number;
    }
}
