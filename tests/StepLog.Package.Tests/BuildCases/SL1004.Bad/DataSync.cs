using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void Run(ILogger logger, bool validate)
    {
        using var op = new StepLogger(logger, "Data Sync", totalSteps: 2);
        op.Start();
        op.Step(1, "Fetch data");
        op.Success();
        if (validate)
        {
            op.Step(2, "Validate data");
            op.Success();
        }

        op.Step(3, "Store data"); // expect: warning SL1004
        op.Success();
        op.Complete();
    }
}
