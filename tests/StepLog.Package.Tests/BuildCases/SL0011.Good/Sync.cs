using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public partial class Sync
{
    [Operation("Sync", Result = "synced")]
    public partial Task<int> SyncAsync([Log("max_depth")] int depth,
                                       [Log("operation_name")] string operation,
                                       [Log] int rawCount,
                                       [Log("raw_count_retry")] int raw_count);

    // Result is not used when the tuple's elements are named: their names are the keys.
    [Step(1, "Validate", Result = "status")]
    private partial (int Valid, int Filtered) Validate();

    private async Task<int> SyncAsyncCore(int depth, string operation, int rawCount, int raw_count)
    {
        await Task.Yield();
        return Validate().Valid + depth + operation.Length + rawCount + raw_count;
    }

    private (int Valid, int Filtered) ValidateCore() => (1, 0);

    public static void Imperative(ILogger logger, string key)
    {
        using var op = new StepLogger(logger, "Fetch", totalSteps: 1);
        op.Start();
        op.Step(1, "Fetch records");
        op.Success(("records", 12), ("fetch_ms", 99), (key, 1));
        op.Complete(StepMetadata.Of("total", 1, "pages", 2));
    }
}

public partial class Importer
{
    // A StepLogger's COMPLETE carries the status its caller gives; a start line has no status nor error.
    [Operation("Import")]
    public partial void Import([Log] string status, [Log] string error);

    private void ImportCore(string status, string error)
    {
    }

    public static void Completed(ILogger logger)
    {
        var op = new StepLogger(logger, "Fetch");
        op.Start(("status", "first"));
        op.Complete(("status", "success"), ("total", 1));
    }
}
