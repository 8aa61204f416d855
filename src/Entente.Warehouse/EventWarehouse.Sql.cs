using System.Globalization;
using DuckDB.NET.Data;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    internal void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    internal T Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>Runs <paramref name="work"/>, turning DuckDB's exceptions into one that names the warehouse and says what to do.</summary>
    internal T Guard<T>(string doing, Func<T> work) => Guard(Path, doing, work);

    internal void Guard(string doing, Action work) => Guard(Path, doing, () =>
    {
        work();
        return true;
    });

    private static T Guard<T>(string path, string doing, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DuckDBException ex)
        {
            throw Wrap(path, doing, ex);
        }
    }

    private static WarehouseException Wrap(string path, string doing, DuckDBException ex)
    {
        var first = ex.Message.Split('\n')[0];
        if (first.Contains("Could not set lock", StringComparison.Ordinal))
        {
            var pid = System.Text.RegularExpressions.Regex.Match(first, @"PID (\d+)") is { Success: true } m ? $" (process {m.Groups[1].Value})" : "";
            return new WarehouseException($"{path} is in use by another Entente{pid}: another import is running into this warehouse. Wait for it to finish, then run this command again; nothing was changed", ex);
        }

        return new WarehouseException($"{path}: the event warehouse could not {doing}: {first}. If the file is damaged, move it aside and import the event files again", ex);
    }
}
