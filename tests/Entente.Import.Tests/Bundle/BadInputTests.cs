using System.Text;
using Entente.Import.Bundle;
using Entente.Testing;

namespace Entente.Import.Tests.Bundle;

/// <summary>Files that are not bundles at all: each gets one clear problem at a location, never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_at_the_offending_byte()
    {
        var path = _dir.File("latin1.yaml");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("sources:\n  - id: s1\n    title: Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\n")]);

        var problem = Assert.Single(BundleReader.Read(path).Diagnostics);

        Assert.Equal("3:15", $"{problem.Location.Line}:{problem.Location.Column}");
        Assert.Contains("not UTF-8 (byte 0xE9)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF16_file_is_refused_with_a_hint()
    {
        var path = _dir.File("utf16.yaml");
        File.WriteAllText(path, "items: []\n", Encoding.Unicode);

        Assert.Contains("UTF-16", Assert.Single(BundleReader.Read(path).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_not_mistaken_for_YAML()
    {
        var path = _dir.File("image.yaml");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        Assert.Contains("binary", Assert.Single(BundleReader.Read(path).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_text_file_is_not_a_bundle()
    {
        var path = _dir.Write("notes.yaml", "Just some notes about Russia and China.\n");

        var problem = Assert.Single(BundleReader.Read(path).Diagnostics);

        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("must be a mapping", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_HTML_error_page_saved_as_yaml_is_rejected()
    {
        var path = _dir.Write("page.yaml", "<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n");

        Assert.NotEmpty(BundleReader.Read(path).Diagnostics);
    }

    [Fact]
    public void A_50_MB_file_is_refused_without_being_parsed()
    {
        var path = _dir.File("huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var problem = Assert.Single(BundleReader.Read(path).Diagnostics);

        Assert.Contains("50.0 MB", problem.Message, StringComparison.Ordinal);
        Assert.Equal("1:1", $"{problem.Location.Line}:{problem.Location.Column}");
    }

    [Fact]
    public void A_huge_field_is_refused_with_its_length()
    {
        var path = _dir.Write("long.yaml", $"sources:\n  - id: s1\n    kind: wire\n    title: {new string('x', 100_000)}\n");

        Assert.Contains("100,000 characters", Assert.Single(BundleReader.Read(path).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_YAML_documents_in_one_file_are_an_error()
    {
        var path = _dir.Write("two.yaml", "items: []\n---\nitems: []\n");

        Assert.Contains("one YAML document", Assert.Single(BundleReader.Read(path).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_reported_not_thrown()
    {
        Assert.Contains("no such file", Assert.Single(BundleReader.Read(_dir.File("absent")).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_is_kept_verbatim_as_data()
    {
        const string hostile = "<script>alert(1)</script> '; DROP TABLE items; -- [31m red =HYPERLINK(\"x\") {{x}}";
        var path = _dir.Write("hostile.yaml", $"""
            sources:
              - id: s1
                kind: blog
                title: "{hostile.Replace("\"", "\\\"", StringComparison.Ordinal)}"
            """);

        var read = BundleReader.Read(path);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(hostile, read.Bundle.Sources[0].Title.Original);
    }
}
