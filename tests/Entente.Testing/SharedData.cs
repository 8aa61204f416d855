using Xunit;

namespace Entente.Testing;

/// <summary>
/// The real datasets in `../shared/data` (never copied into the repository). Tests that need them skip with
/// a visible reason where they are absent, and fail instead when ENTENTE_REQUIRE_SHARED_DATA=1 (CI sets it).
/// </summary>
public static class SharedData
{
    public const string RequireVariable = "ENTENTE_REQUIRE_SHARED_DATA";

    public static string Directory => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"));

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The full path of a shared data file, or a skip (a failure in CI) when it is missing.</summary>
    public static string Require(params string[] relative)
    {
        var path = Path.Combine([Directory, .. relative]);
        if (File.Exists(path) || System.IO.Directory.Exists(path))
        {
            return path;
        }

        var reason = $"{path} is not present: the real-data test needs ../shared/data beside the checkout (see README).";
        if (IsRequired)
        {
            Assert.Fail($"{reason} {RequireVariable}=1 makes it required.");
        }

        Assert.Skip(reason);
        return path;
    }
}
