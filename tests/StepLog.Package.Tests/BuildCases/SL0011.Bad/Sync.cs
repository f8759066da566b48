using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public partial class Sync
{
    [Operation("Sync", Result = "status")] // expect: error SL0011
    public partial Task<int> SyncAsync([Log] int depth, // expect: error SL0011
                                       [Log] string operation, // expect: error SL0011
                                       [Log] int rawCount,
                                       [Log] int raw_count); // expect: error SL0011

    [Step(1, "Validate")]
    private partial (int Valid, int Status) Validate(); // expect: error SL0011

    private async Task<int> SyncAsyncCore(int depth, string operation, int rawCount, int raw_count)
    {
        await Task.Yield();
        return Validate().Valid + depth + operation.Length + rawCount + raw_count;
    }

    private (int Valid, int Status) ValidateCore() => (1, 0);

    public static void Imperative(ILogger logger)
    {
        using var op = new StepLogger(logger, "Fetch", totalSteps: 1);
        op.Start();
        op.Step(1, "Fetch records");
        op.Success(("records", 12), ("duration_ms", 99)); // expect: warning SL0011
        op.Complete(StepMetadata.Of("total", 1, "total", 2)); // expect: warning SL0011
    }
}
