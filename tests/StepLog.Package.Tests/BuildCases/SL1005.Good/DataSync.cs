using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void Run(ILogger logger, bool cached)
    {
        using var op = new StepLogger(logger, "Data Sync", totalSteps: 1);
        op.Start();
        op.Step(1, "Fetch data");
        if (cached)
        {
            op.Skip("Already cached");
        }
        else
        {
            Fetch();
            op.Success();
        }

        op.Complete();
    }

    private static void Fetch()
    {
    }
}
