using Entente.Events;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>The whole term list as one DuckDB list, so that `t.term[key]` is a key's string (keys are dense from 1).</summary>
    private const string TermList = "(SELECT list(term ORDER BY term_key) AS term FROM terms) t";

    /// <summary>The stored terms, checked dense from 1 (the view indexes the term list by key).</summary>
    internal TermTable LoadTerms()
    {
        var terms = new List<Term>();
        using var command = Command("SELECT term_key, term FROM terms ORDER BY term_key");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var term = new Term((uint)reader.GetInt64(0), reader.GetString(1));
            if (term.Key != terms.Count + 1)
            {
                throw new WarehouseException($"{Path}: the terms table is damaged (key {term.Key} where {terms.Count + 1} was due). Move the warehouse aside and import the event files into a new one; nothing was changed");
            }

            terms.Add(term);
        }

        return new TermTable(terms);
    }

    /// <summary>Stores terms (inside the current transaction).</summary>
    internal void SaveTerms(IReadOnlyList<Term> terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        using var appender = _connection.CreateAppender("terms");
        foreach (var term in terms)
        {
            appender.CreateRow().AppendValue(term.Key).AppendValue(term.Text).EndRow();
        }
    }

    /// <summary>The keys of terms equal to any of <paramref name="texts"/>; unknown texts have none.</summary>
    internal IReadOnlyList<uint> TermKeys(IEnumerable<string> texts) => KeysWhere("term = ?", texts.ToArray());

    /// <summary>The keys of terms beginning with any of <paramref name="prefixes"/> (a CAMEO code and the codes below it).</summary>
    internal IReadOnlyList<uint> TermKeysStartingWith(IEnumerable<string> prefixes) => KeysWhere("starts_with(term, ?)", prefixes.ToArray());

    /// <summary>
    /// SELECT of event_rows `r` with every term column decoded to its string, under its own name: the shape of the
    /// `events` view and of exports. In event_rows every UINTEGER column is a term key.
    /// </summary>
    internal string DecodedEvents(string where)
    {
        var columns = new List<string>();
        using (var command = Command("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'event_rows' ORDER BY ordinal_position"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var name = reader.GetString(0);
                columns.Add(reader.GetString(1) == "UINTEGER" ? $"t.term[r.{name}] AS {name}" : $"r.{name}");
            }
        }

        return $"SELECT {string.Join(", ", columns)} FROM event_rows r, {TermList} WHERE {where}";
    }

    /// <summary>Keys of the terms meeting <paramref name="condition"/> (one `?`) for any of <paramref name="values"/>.</summary>
    private List<uint> KeysWhere(string condition, string[] values)
    {
        var keys = new List<uint>();
        if (values.Length == 0)
        {
            return keys;
        }

        using var command = Command($"SELECT term_key FROM terms WHERE {string.Join(" OR ", values.Select(_ => condition))}", values);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add((uint)reader.GetInt64(0));
        }

        return keys;
    }
}
