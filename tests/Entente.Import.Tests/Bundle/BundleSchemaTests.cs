using System.Text.Json;
using Entente.Testing;
using Json.Schema;

namespace Entente.Import.Tests.Bundle;

/// <summary>The published JSON Schema agrees with the reader: valid bundles pass it, structural errors fail it.</summary>
public sealed class BundleSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repository.File("schema", "bundle.schema.json")));

    public static TheoryData<string> ValidFiles =>
    [
        Fixtures.Sample,
        .. Directory.EnumerateFiles(Repository.FlagshipCase, "*.yaml").Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_bundle_files_conform_to_the_published_schema(string path)
    {
        var result = Evaluate(path);

        Assert.True(result.IsValid, $"{path} fails the schema: {Errors(result)}");
    }

    [Theory]
    [InlineData("unknown-field.yaml")]
    [InlineData("wrong-type.yaml")]
    [InlineData("missing-source.yaml")]
    public void Structurally_invalid_files_fail_the_schema_too(string fixture)
    {
        Assert.False(Evaluate(Fixtures.Path("invalid", fixture)).IsValid);
    }

    private static EvaluationResults Evaluate(string path)
    {
        using var document = JsonDocument.Parse(YamlJson.Convert(path)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).Take(5)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
}
