using System.Globalization;

namespace Entente.Analysis.Ladder;

/// <summary>
/// Reads a criterion such as <c>evidence[type=exercise|patrol] each 2y or mme[] each 2y</c>.
/// Grammar: criterion = group ("or" group)*; group = clause ("and" clause)*; clause = source "[" filters "]" condition;
/// filters = key=value|value, …; condition = "in-force" | "&gt;=" N ["within" W "y"] | "each" W "y".
/// Errors carry the column in the criterion text (1-based).
/// </summary>
internal sealed class CriterionParser
{
    private readonly string _text;
    private int _pos;

    private CriterionParser(string text) => _text = text;

    public static Criterion Parse(string text) => new CriterionParser(text).Criterion();

    private Criterion Criterion()
    {
        var groups = new List<IReadOnlyList<Clause>>();
        var group = new List<Clause>();
        while (true)
        {
            group.Add(Clause());
            SkipSpaces();
            if (AtEnd)
            {
                break;
            }

            var word = Word();
            if (word == "or")
            {
                groups.Add(group);
                group = [];
            }
            else if (word != "and")
            {
                throw Error($"expected 'and', 'or' or the end, found '{word}'", _pos - word.Length);
            }
        }

        groups.Add(group);
        return new Criterion(_text, groups);
    }

    private Clause Clause()
    {
        SkipSpaces();
        var start = _pos;
        var source = Word();
        if (!CriterionSources.Filters.TryGetValue(source, out var keys))
        {
            throw Error($"unknown source '{source}'; sources: {string.Join(", ", CriterionSources.Filters.Keys)}", start);
        }

        Expect('[');
        var filters = Filters(source, keys);
        SkipSpaces();
        var at = _pos;
        var condition = Word();
        var clause = condition switch
        {
            "in-force" when CriterionSources.AllowsInForce(source) => new Clause { Source = source, Filters = filters, Condition = ConditionKind.InForce, Text = "" },
            "in-force" => throw Error($"'in-force' applies to evidence and atop, not {source}; use '>= N within Wy' or 'each Wy'", at),
            ">=" => AtLeast(source, filters),
            "each" => new Clause { Source = source, Filters = filters, Condition = ConditionKind.Each, Window = Years(), Text = "" },
            _ => throw Error($"expected a condition ('in-force', '>= N [within Wy]', 'each Wy'), found '{condition}'", at),
        };
        return clause with { Text = _text[start.._pos].Trim() };
    }

    private Clause AtLeast(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var count = Number();
        var save = _pos;
        SkipSpaces();
        if (!AtEnd && Word() == "within")
        {
            return new Clause { Source = source, Filters = filters, Condition = ConditionKind.AtLeast, Count = count, Window = Years(), Text = "" };
        }

        _pos = save;
        return new Clause { Source = source, Filters = filters, Condition = ConditionKind.AtLeast, Count = count, Text = "" };
    }

    private Dictionary<string, IReadOnlyList<string>> Filters(string source, IReadOnlyDictionary<string, Func<string, string?>> keys)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var close = _text.IndexOf(']', _pos);
        if (close < 0)
        {
            throw Error("'[' is never closed with ']'", _pos - 1);
        }

        var offset = _pos;
        foreach (var part in _text[_pos..close].Split(','))
        {
            var column = offset + (part.Length - part.TrimStart().Length);
            offset += part.Length + 1;
            if (part.Trim().Length == 0)
            {
                continue;
            }

            var (key, values) = part.Split('=', 2) is [var k, var v] ? (k.Trim(), v.Split('|').Select(x => x.Trim()).ToList()) : (part.Trim(), []);
            if (!keys.TryGetValue(key, out var check))
            {
                throw Error($"{source} has no filter '{key}'; filters: {string.Join(", ", keys.Keys)}", column);
            }

            if (values.Count == 0 || filters.ContainsKey(key))
            {
                throw Error(values.Count == 0 ? $"filter '{key}' needs a value: {key}=VALUE" : $"filter '{key}' is given twice", column);
            }

            if (values.Select(check).FirstOrDefault(e => e is not null) is { } problem)
            {
                throw Error(problem, column);
            }

            filters[key] = values;
        }

        _pos = close + 1;
        return filters;
    }

    private int Years()
    {
        SkipSpaces();
        var at = _pos;
        var word = Word();
        return word.Length > 1 && word[^1] == 'y' && int.TryParse(word[..^1], CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 50
            ? n : throw Error($"expected a number of years such as '3y', found '{word}'", at);
    }

    private int Number()
    {
        SkipSpaces();
        var at = _pos;
        var word = Word();
        return int.TryParse(word, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw Error($"expected a count ≥ 1, found '{word}'", at);
    }

    private string Word()
    {
        var start = _pos;
        while (!AtEnd && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] != '[')
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private void Expect(char c)
    {
        if (AtEnd || _text[_pos] != c)
        {
            throw Error($"expected '{c}'", _pos);
        }

        _pos++;
    }

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private static CriterionException Error(string message, int position) => new(message, position + 1);
}

/// <summary>A criterion that does not parse, with the 1-based column in its text.</summary>
internal sealed class CriterionException(string message, int column) : Exception(message)
{
    public int Column { get; } = column;
}
