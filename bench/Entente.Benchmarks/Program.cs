using System.Text.Json;
using Entente.Benchmarks;

// `measure KIND ...` is the child-process side; anything else runs the whole benchmark.
if (args.Length > 0 && args[0] == "measure")
{
    Console.WriteLine(JsonSerializer.Serialize(Measure.Run(args[1..])));
    return 0;
}

if (args.Length > 0 && args[0] == "generate")
{
    SyntheticGdelt.FromFile(args[3]).Write(args[2], long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

return Harness.Run(args);
