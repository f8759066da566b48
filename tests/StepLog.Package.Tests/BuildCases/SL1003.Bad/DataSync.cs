using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void Run(ILogger logger)
    {
        var op = new StepLogger(logger, "Data Sync", totalSteps: 1);
        op.Start(); // expect: info SL1003
        op.Step(1, "Fetch data");
        var data = FetchData(); // an exception here leaves the operation incomplete
        op.Success(("records", data.Count));
        op.Complete();
    }

    private static List<int> FetchData() => [1, 2, 3];
}
