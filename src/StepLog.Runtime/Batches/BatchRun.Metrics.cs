using System;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// What the run shows the batch gauges while it runs (see <see cref="RunningBatches"/>), read when an exporter
/// collects; its duration is measured at its end, as an operation's is (<see cref="RunLifecycle.EndBatch"/>).
/// </summary>
internal sealed partial class BatchRun<T> : IRunningBatch
{
    string IRunningBatch.Name => _name;

    int IRunningBatch.ProcessedSoFar => _tally.Processed + _tally.Resumed;

    int IRunningBatch.Size => Total;

    int IRunningBatch.ActiveItems => _scheduler.Running;

    double IRunningBatch.SecondsSinceProgress => _progress.SecondsSinceProgress;
}
