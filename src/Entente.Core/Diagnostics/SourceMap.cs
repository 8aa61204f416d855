namespace Entente.Diagnostics;

/// <summary>
/// Where each parsed object and each of its fields came from, so that checks run after parsing
/// can still point at `file:line:col`. Keyed by reference: two equal records are two places.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<object, (SourceLocation Self, Dictionary<string, SourceLocation> Fields)> _entries =
        new(ReferenceEqualityComparer.Instance);

    public void Record(object owner, SourceLocation self, IReadOnlyDictionary<string, SourceLocation>? fields = null) =>
        _entries[owner] = (self, fields is null ? [] : new Dictionary<string, SourceLocation>(fields));

    /// <summary>The field's location if known, else the owner's, else the fallback.</summary>
    public SourceLocation Locate(object owner, string? field = null, SourceLocation? fallback = null)
    {
        if (_entries.TryGetValue(owner, out var entry))
        {
            return field is not null && entry.Fields.TryGetValue(field, out var at) ? at : entry.Self;
        }

        return fallback ?? new SourceLocation("<unknown>", 0, 0);
    }
}
