using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// A batch's own start and end, in the order every run begins and ends in (span, record, metric, line). A batch's state
/// is its <see cref="BatchRun{T}"/>'s (its items, scheduler and progress), not a <see cref="Run"/>, and its duration is
/// read on the batch's own clock, so it hands each output what it decided; its items are runs of their own.
/// </summary>
internal static partial class RunLifecycle
{
    /// <summary>
    /// Starts a batch's span (current for the rest of the batch's flow), records its start (Running, under its parent
    /// run and as a batch) and writes START; <paramref name="id"/> is the span's id, or a new one.
    /// </summary>
    public static Activity? BeginBatch(
        ILogger logger, string name, int total, int resumed, int depth, string? parentId, out OperationId id)
    {
        var activity = !StepTracing.HasListeners ? null
            : resumed > 0 ? StepTracing.StartOperation(name, total, new StepMetadata<int>(BatchLineFields.Resumed, resumed))
            : StepTracing.StartOperation(name, total, default(StepMetadata));
        id = OperationId.For(activity);
        if (StepRecorder.IsRecording)
        {
            RecordWriter.Write(
                BatchIdentity(id, name), name, name, 0, total, StepStatus.Running, double.NaN, null,
                new StepMetadata<int>(BatchLineFields.Resumed, resumed), parentId, StepRunKind.Batch);
        }

        EntryWriter.Write(logger, LogLevel.Information, BatchLine.Start(name, id, total, resumed, depth));
        return activity;
    }

    /// <summary>Ends a batch as <paramref name="end"/> says: the span's outcome, the last record, the measurement, then the last line inside the span, which then stops.</summary>
    public static void EndBatch(ILogger logger, Activity? activity, OperationId id, string name, int total, in BatchEnd end)
    {
        if (activity is not null)
        {
            StepTracing.EndBatch(activity, end.Status, end.Counts, end.Message, end.Failure, end.Milliseconds);
        }

        if (StepRecorder.IsRecording)
        {
            RecordWriter.Write(BatchIdentity(id, name), name, name, 0, total, end.Record, end.Milliseconds, end.Message, end.Counts, runKind: StepRunKind.Batch);
        }

        StepMetrics.Batch(name, end.Status, end.Milliseconds);
        var entered = StepTracing.Enter(activity);
        EntryWriter.Write(logger, end.Level, end.Line);
        StepTracing.Stop(activity, entered);
    }

    /// <summary>A batch's own records: filed under its id, as an operation's without a subject are.</summary>
    public static RunIdentity BatchIdentity(OperationId id, string name) => new(id, null, name, null);
}
