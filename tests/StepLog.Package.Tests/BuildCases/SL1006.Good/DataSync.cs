using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void Run(ILogger logger, string provider)
    {
        using var op = new StepLogger(logger, "Data Sync", totalSteps: 2);
        op.Start();
        op.Step(1, "Fetch from provider API", ("provider", provider));
        op.Success();
        op.Step(2, "Validate and filter models");
        op.Success();
        op.Complete();
    }
}
