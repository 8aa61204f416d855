using Spectre.Console;
using Spectre.Console.Rendering;

namespace Entente.Cli;

/// <summary>Table cells from data: always plain text, so '[' in a summary is shown, never parsed as markup.</summary>
public static class Cells
{
    public static IRenderable Text(string? text, Style? style = null) => new Text(Display.Safe(text), style);

    public static IRenderable Dim(string? text) => Text(text, new Style(Color.Grey));
}
