using Entente.Diagnostics;

namespace Entente.Cli;

/// <summary>Writes problems one per line, `file:line:col: message`, in file and line order, as editors and CI parse them.</summary>
public static class DiagnosticPrinter
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column))
        {
            writer.WriteLine(Display.Safe(diagnostic.ToString()));
        }
    }
}
