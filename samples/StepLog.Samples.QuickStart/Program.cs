// A quick start: an operation of three steps on StepLog's zero-configuration console.
// Run: dotnet run --project samples/StepLog.Samples.QuickStart   (LOG_LEVEL=DEBUG or STEPLOG_LEVEL=WARNING to change the level)
using System;
using System.Threading;
using StepLog;

using var operation = new StepLogger("My Operation", totalSteps: 3);
operation.Start(("context", "info"));

operation.Step(1, "First step");
var items = DoWork(100);
operation.Success(("count", items));

operation.Step(2, "Second step");
DoWork(10);
operation.Success(("result", "ok"));

operation.Step(3, "Third step");
try
{
    DoRiskyWork();
    operation.Success();
}
catch (TimeoutException error)
{
    // A failed step is logged with its exception; the operation still completes (always complete: a START without COMPLETE reads as a crash).
    operation.Failure(error, ("attempted", true));
}

operation.Complete(("total_items", items));

static int DoWork(int count)
{
    Thread.Sleep(count / 10);
    return count;
}

static void DoRiskyWork() => throw new TimeoutException("Request timeout after 30s");
