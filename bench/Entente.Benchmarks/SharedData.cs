namespace Entente.Benchmarks;

/// <summary>The real datasets beside the checkout (../shared/data); benchmarks measure on them, never on copies.</summary>
internal static class SharedData
{
    public static string Directory { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")) && System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("../shared/data beside the checkout is needed to run the benchmarks.");
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Run the benchmarks from inside the Entente checkout.");
        }
    }
}
