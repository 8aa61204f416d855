using DuckDB.NET.Native;

namespace Entente.Warehouse.Ingest;

/// <summary>A column a <see cref="ChunkWriter"/> writes by position: its name and DuckDB type, checked when the writer opens.</summary>
internal readonly record struct ChunkColumn(string Name, DuckDBType Type);
