using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void Run(ILogger logger)
    {
        using var op = new StepLogger(logger, "Data Sync", totalSteps: 2);
        op.Start();
        op.Step(1, "Step 1"); // expect: info SL1006
        op.Success();
        op.Step(2, "Do work"); // expect: info SL1006
        op.Success();
        op.Complete();
    }
}
