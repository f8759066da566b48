using System;
using System.Threading;

namespace StepLog;

/// <summary>
/// What the run shows the batch gauges while it runs (see <see cref="RunningBatches"/>): read when an exporter collects;
/// an item costs one write of the time it ended, in the tick that already follows it.
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
}
