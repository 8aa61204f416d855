namespace Entente.Testing;

/// <summary>Paths of the checkout the tests run from.</summary>
public static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Entente.slnx above {AppContext.BaseDirectory}.");
    });

    public static string Root => LazyRoot.Value;

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string FlagshipCase => File("data", "cases", "rus-chn");
}
