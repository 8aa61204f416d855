using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Entente.Import.Bundle;

/// <summary>
/// Remembers where the last well-formed YAML event ended, so that a parser failure without a position
/// of its own can still be reported near the place it happened.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastGood { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return moved;
    }
}
