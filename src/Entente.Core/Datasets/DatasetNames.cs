namespace Entente.Datasets;

/// <summary>The dataset ids under which files are recorded, one place for the spelling.</summary>
public static class DatasetNames
{
    public const string Atop = "atop";
    public const string Mme = "mme";
    public const string Unga = "unga";
}
