using System;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// How the run is measured: as an operation is, once at its end (<c>steplog.operation.duration</c>); and what it shows
/// the batch gauges while it runs (see <see cref="RunningBatches"/>), read when an exporter collects.
/// </summary>
internal sealed partial class BatchRun<T> : IRunningBatch
{
    string IRunningBatch.Name => _name;

    int IRunningBatch.ProcessedSoFar => _tally.Processed + _tally.Resumed;

    int IRunningBatch.Size => Total;

    int IRunningBatch.ActiveItems => _scheduler.Running;

    double IRunningBatch.SecondsSinceProgress => _progress.SecondsSinceProgress;

    // The batch's duration in the operations' histogram, under the status its last line gives it: success for COMPLETE
    // (as an operation's, whatever its steps said: the failed items are steplog.batch.items' and the line's failed=),
    // interrupted for INTERRUPTED (the span's steplog.status word: stopped early, its work not done), and failed or
    // cancelled when it threw, as an operation's.
    private void MeasureEnd(string status, double milliseconds) =>
        StepMetrics.Batch(_name, status switch
        {
            ProgressFileStatus.Completed => LineStatus.Success,
            ProgressFileStatus.Interrupted => LineStatus.Interrupted,
            _ => _failure is OperationCanceledException ? LineStatus.Cancelled : LineStatus.Failed,
        }, milliseconds);
}
