using System.Diagnostics;
using Entente.Reports.Output;
using Entente.Testing;

namespace Entente.Reports.Tests.Briefs;

/// <summary>
/// The flagship brief printed by the system's Chromium and read back with poppler (pdfinfo, pdftotext, pdftoppm).
/// Skips with the reason where Chromium or poppler is absent; CI sets ENTENTE_REQUIRE_CHROMIUM=1 to make it required.
/// </summary>
public sealed class BriefPdfTests
{
    private static readonly Lazy<Task<string>> Pdf = new(async () =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-brief-{Guid.NewGuid():N}.pdf");
        var html = new BriefRenderer(TemplateSet.Shipped).Html(FlagshipBrief.Build());
        await File.WriteAllBytesAsync(path, await PdfPrinter.PrintAsync(html));
        return path;
    });

    [Fact]
    public async Task The_pdf_has_pages_numbered_contents_every_note_and_the_charts()
    {
        RequireTools();
        var path = await Pdf.Value;
        var brief = FlagshipBrief.Build();

        var pages = int.Parse(Run("pdfinfo", path).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim());
        var text = Run("pdftotext", path, "-");

        Assert.True(pages > 3, $"{pages} pages");
        Assert.Contains($"1 / {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"{pages} / {pages}", text, StringComparison.Ordinal);
        Assert.Contains("Contents", text, StringComparison.Ordinal);
        Assert.Contains("Exercises and patrols by year", text, StringComparison.Ordinal);
        Assert.Contains("items in the evidence", text, StringComparison.Ordinal);
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(brief.Footnotes, n => Assert.Contains($"{n.Number}. {string.Join(' ', n.Text.Split(' ').Take(3))}", flat, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_page_of_the_pdf_is_blank()
    {
        RequireTools();
        var path = await Pdf.Value;
        using var dir = new TempDirectory();

        Run("pdftoppm", "-r", "12", "-gray", path, dir.File("page"));

        var images = Directory.GetFiles(dir.Path, "page*.pgm").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(InkedPixels(image) > 20, $"{Path.GetFileName(image)} looks blank"));
    }

    /// <summary>Pixels darker than near-white in a binary PGM (P5): a blank page has none beyond its page number.</summary>
    private static int InkedPixels(string pgm)
    {
        var bytes = File.ReadAllBytes(pgm);
        var (fields, offset) = (0, 0);
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)bytes[offset]))
            {
                offset++;
            }

            while (!char.IsWhiteSpace((char)bytes[offset]))
            {
                offset++;
            }

            fields++;
        }

        return bytes.Skip(offset + 1).Count(b => b < 200);
    }

    private static void RequireTools()
    {
        var missing = new[] { PdfPrinter.DefaultChromium, "/usr/bin/pdftotext", "/usr/bin/pdftoppm", "/usr/bin/pdfinfo" }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var reason = $"{string.Join(", ", missing)} not installed (apt-get install chromium poppler-utils)";
        if (Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_CHROMIUM") == "1")
        {
            Assert.Fail($"{reason}; ENTENTE_REQUIRE_CHROMIUM=1 makes it required.");
        }

        Assert.Skip(reason);
    }

    private static string Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
