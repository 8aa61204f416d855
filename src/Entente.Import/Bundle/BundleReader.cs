using System.Text;
using Entente.Actors;
using Entente.Bundles;
using Entente.Diagnostics;
using Entente.Evidence;
using Entente.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>
/// Reads a bundle — one YAML file or a directory of them — into the model, reporting every problem
/// with `file:line:col` rather than stopping at the first. Nothing here touches a store.
/// </summary>
public static class BundleReader
{
    /// <summary>A bundle file above this size is refused: bundles are hand-edited text, split by theme.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly string[] TopLevelKeys = ["bundle", "actors", "sources", "items", .. Analysis.AnalysisYamlReader.BundleSections];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static BundleReadResult Read(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var map = new SourceMap();
        var files = FilesOf(path, diagnostics);
        var parts = new Parts();
        foreach (var file in files)
        {
            ReadFile(file, parts, map, diagnostics);
        }

        var bundle = new Entente.Bundles.Bundle { Info = parts.Info, Actors = parts.Actors, Sources = parts.Sources, Items = parts.Items };
        return new BundleReadResult(bundle, map, diagnostics, files);
    }

    private static List<string> FilesOf(string path, List<Diagnostic> diagnostics)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            diagnostics.Add(new Diagnostic(SourceLocation.StartOf(path), "no such file or directory"));
            return [];
        }

        var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            diagnostics.Add(new Diagnostic(SourceLocation.StartOf(path), "directory holds no .yaml or .yml files"));
        }

        return files;
    }

    private static void ReadFile(string file, Parts parts, SourceMap map, List<Diagnostic> diagnostics)
    {
        var text = ReadText(file, diagnostics);
        if (text is null)
        {
            return;
        }

        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Split(" (Parameter")[0];
            diagnostics.Add(new Diagnostic(new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column), $"not valid YAML: {Clean(message)}"));
            return;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some broken flow collections, without a position.
            var at = parser.LastGood;
            diagnostics.Add(new Diagnostic(new SourceLocation(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "not valid YAML: the structure breaks off after this point (an unclosed [ or { ?)"));
            return;
        }

        if (stream.Documents.Count == 0)
        {
            return;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(new Diagnostic(new SourceLocation(file, (int)stream.Documents[1].RootNode.Start.Line, 1), "a bundle file holds one YAML document; remove the extra '---'"));
        }

        var context = new YamlContext(file, map, diagnostics);
        var root = context.Fields(stream.Documents[0].RootNode, "a bundle file (top level)", TopLevelKeys);
        if (root is null)
        {
            return;
        }

        if (root.Get("bundle") is { } info)
        {
            parts.Info ??= ReadInfo(context, info);
        }

        parts.Actors.AddRange(root.List("actors", n => ActorYaml.Read(context, n)));
        parts.Sources.AddRange(root.List("sources", n => SourceYaml.Read(context, n)));
        parts.Items.AddRange(root.List("items", n => ItemYaml.Read(context, n)));
    }

    private static BundleInfo? ReadInfo(YamlContext context, YamlNode node)
    {
        var f = context.Fields(node, "bundle", ["id", "title", "description"]);
        return f?.String("id", required: true) is { } id ? new BundleInfo(id, f.String("title"), f.String("description")) : null;
    }

    /// <summary>Reads a file as strict UTF-8; anything else is reported at the offending byte.</summary>
    private static string? ReadText(string file, List<Diagnostic> diagnostics)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Add(new Diagnostic(SourceLocation.StartOf(file), $"file is {length / 1048576.0:0.0} MB; a bundle file may be at most {MaxFileBytes / 1048576} MB — split it into several files"));
            return null;
        }

        var bytes = ReadBounded(file, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(new Diagnostic(SourceLocation.StartOf(file), "file is UTF-16; save it as UTF-8"));
            return null;
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            diagnostics.Add(new Diagnostic(LocationOf(file, bytes, nul), "file contains a NUL byte: it is binary, not YAML text"));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            diagnostics.Add(new Diagnostic(LocationOf(file, bytes, offset), $"file is not UTF-8 (byte 0x{bytes[offset]:X2}); save it as UTF-8"));
            return null;
        }
    }

    /// <summary>At most one byte past the limit, whatever the file claims its length is (a device claims zero and never ends).</summary>
    private static byte[]? ReadBounded(string file, List<Diagnostic> diagnostics)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxFileBytes)
                {
                    diagnostics.Add(new Diagnostic(SourceLocation.StartOf(file), $"file is over {MaxFileBytes / 1048576} MB; a bundle file may be at most that — split it into several files"));
                    return null;
                }
            }

            return buffer.ToArray();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(SourceLocation.StartOf(file), $"cannot read the file: {error.Message.ReplaceLineEndings(" ").TrimEnd('.')}"));
            return null;
        }
    }

    private static SourceLocation LocationOf(string file, byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(file, line, offset - lineStart + 1);
    }

    /// <summary>Keeps a parser message on one printable line, whatever the input held.</summary>
    private static string Clean(string message) =>
        new([.. message.Select(c => char.IsControl(c) ? ' ' : c)]);

    private sealed class Parts
    {
        public BundleInfo? Info { get; set; }
        public List<Actor> Actors { get; } = [];
        public List<Source> Sources { get; } = [];
        public List<EvidenceItem> Items { get; } = [];
    }
}
