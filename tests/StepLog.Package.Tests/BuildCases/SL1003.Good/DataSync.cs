using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class DataSync
{
    public static void WithUsing(ILogger logger)
    {
        using var op = new StepLogger(logger, "Data Sync", totalSteps: 1); // disposal logs INCOMPLETE
        op.Start();
        op.Step(1, "Fetch data");
        var data = FetchData();
        op.Success(("records", data.Count));
        op.Complete();
    }

    public static void WithHandler(ILogger logger)
    {
        var op = new StepLogger(logger, "Data Sync", totalSteps: 1);
        op.Start();
        try
        {
            op.Step(1, "Fetch data");
            var data = FetchData();
            op.Success(("records", data.Count));
            op.Complete();
        }
        catch (Exception e)
        {
            op.Failure(e);
            op.Complete(e);
            throw;
        }
    }

    private static List<int> FetchData() => [1, 2, 3];
}
