namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>
    /// Events held per calendar year, whatever the actors: the years the warehouse covers. A dyad with no events in a
    /// covered year had none reported (zero); a year outside the coverage is unknown (missing).
    /// </summary>
    public IReadOnlyDictionary<int, long> EventsPerYear()
    {
        using var command = Command("SELECT CAST(year(event_date) AS INTEGER), count(*) FROM event_rows GROUP BY 1 ORDER BY 1");
        using var reader = command.ExecuteReader();
        var years = new Dictionary<int, long>();
        while (reader.Read())
        {
            years[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return years;
    }
}
