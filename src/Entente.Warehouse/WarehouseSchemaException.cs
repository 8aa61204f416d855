namespace Entente.Warehouse;

/// <summary>The warehouse file was written by an Entente with another storage schema.</summary>
public sealed class WarehouseSchemaException(string message) : Exception(message);
