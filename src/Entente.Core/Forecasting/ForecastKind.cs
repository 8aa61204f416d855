namespace Entente.Forecasting;

/// <summary>Binary (yes/no), multi-category (one of several unordered outcomes) or ordered categories (bins of a scale).</summary>
public enum ForecastKind
{
    Binary,
    MultiCategory,
    Ordered,
}
