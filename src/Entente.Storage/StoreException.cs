namespace Entente.Storage;

/// <summary>
/// The store could not be used: which file, what went wrong and what to do about it, in one sentence.
/// Storage backends wrap their drivers' exceptions in this, so that no driver type reaches a caller.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string location, string message, Exception? inner = null)
        : base(message, inner) => Location = location;

    public StoreException()
        : this("", "the store could not be used")
    {
    }

    public StoreException(string message)
        : this("", message)
    {
    }

    public StoreException(string message, Exception inner)
        : this("", message, inner)
    {
    }

    /// <summary>The store's file or server.</summary>
    public string Location { get; }
}
