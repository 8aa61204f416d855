using Entente.Import.Bundle;

namespace Entente.Import.Tests.Bundle;

public sealed class BundleValidationTests
{
    public static TheoryData<string> InvalidFixtures => [.. Fixtures.Invalid()];

    [Fact]
    public void The_sample_bundle_is_valid()
    {
        var read = BundleValidator.Shipped.ReadAndValidate(Fixtures.Sample);

        Assert.Empty(read.Diagnostics);
        Assert.Equal((1, 2, 3), (read.Bundle.Actors.Count, read.Bundle.Sources.Count, read.Bundle.Items.Count));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Each_invalid_fixture_yields_exactly_its_expected_problems_at_their_locations(string fixture)
    {
        var path = Fixtures.Path("invalid", fixture);
        var expected = Fixtures.Expectations(path);
        Assert.NotEmpty(expected);

        var read = BundleValidator.Shipped.ReadAndValidate(path);

        var actual = read.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column}: {d.Message}").Order().ToList();
        Assert.True(expected.Count == actual.Count, $"expected {expected.Count} problems, got:\n{string.Join("\n", actual)}");
        foreach (var (line, column, message) in expected)
        {
            Assert.Contains(actual, a => a.StartsWith($"{line}:{column}: {message}", StringComparison.Ordinal));
        }

        Assert.All(read.Diagnostics, d => Assert.Equal(path, d.Location.File));
    }

    [Fact]
    public void A_bundle_with_five_errors_yields_five_file_line_col_messages()
    {
        var read = BundleValidator.Shipped.ReadAndValidate(Fixtures.Path("invalid", "five-errors.yaml"));

        Assert.Equal(5, read.Diagnostics.Count);
        Assert.All(read.Diagnostics, d => Assert.Matches(@"^.+five-errors\.yaml:\d+:\d+: .+$", d.ToString()));
    }

    [Fact]
    public void Problems_in_several_files_of_a_directory_are_all_reported()
    {
        using var dir = new Entente.Testing.TempDirectory();
        File.Copy(Fixtures.Path("invalid", "unknown-type.yaml"), dir.File("a.yaml"));
        File.Copy(Fixtures.Path("invalid", "bad-date.yaml"), dir.File("b.yml"));

        var read = BundleValidator.Shipped.ReadAndValidate(dir.Path);

        Assert.Equal(2, read.Files.Count);
        // b.yml: its own bad date, plus source s1 and item i1 that a.yaml defined first.
        Assert.Equal(["a.yaml", "b.yml", "b.yml", "b.yml"], read.Diagnostics.Select(d => System.IO.Path.GetFileName(d.Location.File)).Order());
        Assert.Equal(2, read.Diagnostics.Count(d => d.Message.Contains("first defined at " + dir.File("a.yaml"), StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_id_in_two_files_is_a_duplicate_that_names_the_first()
    {
        using var dir = new Entente.Testing.TempDirectory();
        File.Copy(Fixtures.Sample, dir.File("one.yaml"));
        File.WriteAllText(dir.File("two.yaml"), File.ReadAllText(Fixtures.Sample).Replace("bundle:\n  id: sample\n  title: Sample bundle for tests\n", "", StringComparison.Ordinal));

        var read = BundleValidator.Shipped.ReadAndValidate(dir.Path);

        Assert.Equal(6, read.Diagnostics.Count);
        Assert.All(read.Diagnostics, d => Assert.Contains("one.yaml:", d.Message, StringComparison.Ordinal));
    }
}
