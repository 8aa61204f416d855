using Spectre.Console;
using Spectre.Console.Rendering;

namespace Entente.Cli;

/// <summary>Table cells from data: always plain text, so '[' in a summary is shown, never parsed as markup.</summary>
public static class Cells
{
    public static IRenderable Text(string? text, Style? style = null) => new Text(Display.Safe(text), style);

    public static IRenderable Dim(string? text) => Text(text, new Style(Color.Grey));

    /// <summary>An Admiralty grade coloured by reliability: A–B green, C yellow, D–E red, F (cannot be judged) grey.</summary>
    public static IRenderable Grade(Entente.Sources.Grade? grade) => grade is null
        ? Dim("ungraded")
        : Text(grade.Code, new Style(grade.Reliability switch
        {
            Entente.Sources.Reliability.A or Entente.Sources.Reliability.B => Color.Green,
            Entente.Sources.Reliability.C => Color.Yellow,
            Entente.Sources.Reliability.F => Color.Grey,
            _ => Color.Red,
        }));
}
