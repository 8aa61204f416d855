namespace Entente.Import.Gdelt;

/// <summary>
/// Where the columns analysts use sit in each GDELT events layout. The first 35 columns are shared; the geography
/// blocks differ (2.0 adds ADM2 to each), and SOURCEURL exists from April 2013 on.
/// </summary>
public sealed record GdeltLayout(string Name, string Dataset, int Columns, int ActionPlace, int ActionCountry, int ActionLat, int ActionLong, int DateAdded, int SourceUrl)
{
    /// <summary>GDELT 1.0 back-file (1979 – March 2013): 57 columns, no SOURCEURL.</summary>
    public static GdeltLayout V1BackFile { get; } = new("GDELT 1.0 events (back-file, 57 columns)", GdeltDataset.V1, 57, 50, 51, 53, 54, 56, -1);

    /// <summary>GDELT 1.0 daily files (April 2013 on): 58 columns, SOURCEURL last.</summary>
    public static GdeltLayout V1Daily { get; } = new("GDELT 1.0 events (daily, 58 columns)", GdeltDataset.V1, 58, 50, 51, 53, 54, 56, 57);

    /// <summary>GDELT 2.0 15-minute export files: 61 columns.</summary>
    public static GdeltLayout V2 { get; } = new("GDELT 2.0 events (61 columns)", GdeltDataset.V2, 61, 52, 53, 56, 57, 59, 60);

    /// <summary>GDELT tables that are not events, recognised by their column count so they can be named when passed by mistake.</summary>
    public static IReadOnlyDictionary<int, string> OtherTables { get; } = new Dictionary<int, string>
    {
        [16] = "a GDELT 2.0 mentions table (16 columns)",
        [27] = "a GDELT 2.0 Global Knowledge Graph file (27 columns)",
        [11] = "a GDELT 1.0 Global Knowledge Graph file (11 columns)",
        [20] = "an ICEWS events file (20 columns)",
    };

    /// <summary>The layouts a file may mix, given its first row's column count; null when it is not an events file.</summary>
    public static IReadOnlyList<GdeltLayout>? FamilyOf(int columns) => columns switch
    {
        57 or 58 => [V1BackFile, V1Daily],
        61 => [V2],
        _ => null,
    };
}
