using System;
using System.Threading;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// How the run is measured: as an operation is, once at its end (<c>steplog.operation.duration</c>); and what it shows
/// the batch gauges while it runs (see <see cref="RunningBatches"/>): read when an exporter collects; an item costs one
/// write of the time it ended, in the tick that already follows it.
/// </summary>
internal sealed partial class BatchRun<T> : IRunningBatch
{
    // The batch clock's time of the last tick (the start, then each item's end), as bits: one atomic write per item.
    private long _lastProgress;

    string IRunningBatch.Name => _name;

    int IRunningBatch.ProcessedSoFar => Processed + _resumed;

    int IRunningBatch.Size => Total;

    int IRunningBatch.ActiveItems => _inFlight.Running;

    double IRunningBatch.SecondsSinceProgress =>
        Math.Max(0, _clock.Seconds - BitConverter.Int64BitsToDouble(Volatile.Read(ref _lastProgress)));

    private void MarkProgress(double now) => Volatile.Write(ref _lastProgress, BitConverter.DoubleToInt64Bits(now));

    // The batch's duration in the operations' histogram, under the status its last line gives it: success for COMPLETE
    // (as an operation's, whatever its steps said: the failed items are steplog.batch.items' and the line's failed=),
    // interrupted for INTERRUPTED (the span's steplog.status word: stopped early, its work not done), and failed or
    // cancelled when it threw, as an operation's.
    private void MeasureEnd(string status, double milliseconds) =>
        StepMetrics.Operation(_name, status switch
        {
            "completed" => LineStatus.Success,
            "interrupted" => LineStatus.Interrupted,
            _ => _failure is OperationCanceledException ? LineStatus.Cancelled : LineStatus.Failed,
        }, milliseconds);
}
