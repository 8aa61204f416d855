namespace Entente.Cli.Hosting;

/// <summary>
/// Every failure becomes one line and an exit status: the expected ones say what to do, and anything else is reported
/// as a defect with the advice to run again with --debug, never as a stack trace.
/// </summary>
public static partial class EntenteApp
{
    private static (int ExitCode, string Message) Describe(Exception error) => error switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        Storage.Analysis.AnalysisInputException input => (input.NotFound ? ExitCodes.NotFound : ExitCodes.InvalidInput, input.Message),
        Ach.AchMatrixException matrix => (ExitCodes.InvalidInput, matrix.Message),
        OperationCanceledException cancelled => (ExitCodes.Cancelled, cancelled.Message),
        Storage.StoreException store => (ExitCodes.InvalidInput, store.Message),
        Storage.OwnershipConflictException conflict => (ExitCodes.InvalidInput, conflict.Message),
        Warehouse.WarehouseException warehouse => (ExitCodes.InvalidInput, warehouse.Message),
        FileNotFoundException missing => (ExitCodes.NotFound, missing.Message),
        DirectoryNotFoundException missing => (ExitCodes.NotFound, missing.Message),
        UnauthorizedAccessException denied => (ExitCodes.InvalidInput, $"permission denied: {denied.Message}"),
        IOException io => (ExitCodes.InvalidInput, $"could not read or write a file: {io.Message}"),
        OutOfMemoryException => (ExitCodes.InvalidInput, "ran out of memory; the input is too large to handle this way"),
        InvalidDataException data => (ExitCodes.InvalidInput, $"the input is not valid: {data.Message}"),
        _ => (ExitCodes.InvalidInput,
            $"unexpected failure ({error.GetType().Name}: {error.Message}); this is a defect in Entente. Run again with --debug (or {DebugVariable}=1) for details to report"),
    };
}
