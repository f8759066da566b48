namespace StepLog;

/// <summary>
/// The metric output: the duration of each run that ends, on the <c>StepLog</c> meter (<see cref="StepMetrics"/>),
/// tagged with the operation that declares it (not the run it was called from, as its record is), so that a series
/// stays the same whether or not a store is set.
/// </summary>
internal static class MetricOutput
{
    public static void Write(in RunState run, in RunOutcome outcome)
    {
        var status = StatusOf(outcome);
        if (run.IsStep)
        {
            StepMetrics.Step(run.Operation, run.Step!, status, outcome.Elapsed);
        }
        else
        {
            StepMetrics.Operation(run.Operation, status, outcome.Elapsed);
        }
    }

    // The status tag: one of MetricStatus's.
    private static string StatusOf(in RunOutcome outcome) => outcome.Kind switch
    {
        StepEvent.StepSuccess => MetricStatus.Success,
        StepEvent.StepWarning => MetricStatus.Warning,
        StepEvent.StepSkipped => MetricStatus.Skipped,
        StepEvent.OperationIncomplete => MetricStatus.Incomplete,
        StepEvent.OperationComplete when outcome.Status == Records.StepStatus.Success => MetricStatus.Success,
        _ => outcome.IsCancellation ? MetricStatus.Cancelled : MetricStatus.Failed,
    };
}
