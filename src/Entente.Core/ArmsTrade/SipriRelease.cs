namespace Entente.ArmsTrade;

/// <summary>
/// One imported SIPRI file: which release of the database it came from (the "Data generated" date),
/// its layout, and the file's hash. SIPRI revises past years every spring, so figures are always read per release.
/// </summary>
public sealed record SipriRelease(string Id, DateTimeOffset Generated, SipriLayout Layout, string File, string Sha256)
{
    /// <summary>A release is named by the day SIPRI generated the data: files generated the same day agree.</summary>
    public static string IdFor(DateTimeOffset generated) => generated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Years the file covers (its "year range"), outside which values are missing, not zero.</summary>
    public int FirstYear { get; init; }

    public int LastYear { get; init; }

    public bool Covers(int year) => year >= FirstYear && year <= LastYear;
}
