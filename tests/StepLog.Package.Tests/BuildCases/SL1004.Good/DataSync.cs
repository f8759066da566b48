using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void Run(ILogger logger, bool validate)
    {
        using var op = new StepLogger(logger, "Data Sync", totalSteps: 3);
        op.Start();
        op.Step(1, "Fetch data");
        op.Success();
        op.Step(2, "Validate data");
        if (validate) { Validate(); op.Success(); } else { op.Skip("Validation disabled"); }
        op.Step(3, "Store data");
        op.Success();
        op.Complete();
    }

    private static void Validate()
    {
    }
}
