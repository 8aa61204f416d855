namespace Entente.ArmsTrade;

/// <summary>The shapes of file SIPRI's Arms Transfers Database exports, told apart by their header row.</summary>
public enum SipriLayout
{
    /// <summary>Trade register, one row per deal, `?` uncertainty columns, delivery years joined as "2016; 2017".</summary>
    ClassicRegister,

    /// <summary>Trade register (2024 layout), one row per deal and delivery year with `TIV delivery values`.</summary>
    DeliveryRegister,

    /// <summary>TIV table of exports: suppliers by year.</summary>
    ExporterTable,

    /// <summary>TIV table of imports: recipients by year.</summary>
    ImporterTable,

    /// <summary>Regional table: suppliers to each region by year.</summary>
    RegionalTable,
}
