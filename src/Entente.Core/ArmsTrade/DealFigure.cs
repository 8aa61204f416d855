namespace Entente.ArmsTrade;

/// <summary>
/// A deal as listed behind a figure: the deal, and the TIV (millions) and number it delivered in the year asked for,
/// or over all its deliveries when no year was asked. Null TIV in a year: the classic register gives no per-year TIV.
/// </summary>
public sealed record DealFigure(ArmsDeal Deal, decimal? Tiv, int? Delivered);
