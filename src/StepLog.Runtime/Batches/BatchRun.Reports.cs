using System;
using System.Globalization;
using Microsoft.Extensions.Logging;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// How a run ends: after the progress reporter's last report (the progress file and the checkpoint), the run decides
/// what each output is told (<see cref="BatchEnd"/>) and hands it to <see cref="RunLifecycle.EndBatch"/>.
/// </summary>
internal sealed partial class BatchRun<T>
{
    // The run's own records: filed under its id, as an operation's without a subject are.
    private RunIdentity RunRecords => RunLifecycle.BatchIdentity(_id, _name);

    private void Finish(string status)
    {
        RunningBatches.Remove(this);
        var (now, done) = _progress.Finish(status);
        RunLifecycle.EndBatch(_logger, _activity, _id, _name, Total, End(status, done, (now - _start) * 1000, now));
    }

    // The span, the record and the measurement say what the last line says: COMPLETE is a success (the batch's
    // record is Warning when items failed: the batch did its work, the failed items are its findings), INTERRUPTED is
    // a run whose work is not done, as an operation that ended without Complete is, and a batch that threw failed.
    private BatchEnd End(string status, int done, double milliseconds, double now)
    {
        var counts = new StepMetadata<int, int, int>(
            BatchLineFields.Processed, done, BatchLineFields.Succeeded, _tally.Succeeded, BatchLineFields.Failed, _tally.Failed);
        var failed = _tally.Failed;
        switch (status)
        {
            case ProgressFileStatus.Interrupted:
                return new BatchEnd(
                    LineStatus.Interrupted, StepStatus.Failed, Interruption(done), null, milliseconds, LogLevel.Warning,
                    BatchLine.Interrupted(_name, _id, Total, done, _tally.Succeeded, failed, _abandonedItems.Count, milliseconds, _depth), counts);
            case ProgressFileStatus.Completed:
                return new BatchEnd(
                    LineStatus.Success, failed == 0 ? StepStatus.Success : StepStatus.Warning,
                    failed == 0 ? null : $"{failed} of {done} items failed", null, milliseconds, LogLevel.Information,
                    Complete(done, milliseconds, now), counts);
            default:
                return new BatchEnd(
                    _failure is OperationCanceledException ? LineStatus.Cancelled : LineStatus.Failed, StepStatus.Failed,
                    EntryWriter.MessageOf(_failure), _failure, milliseconds, LogLevel.Information, Complete(done, milliseconds, now), counts);
        }
    }

    private BatchLine Complete(int done, double milliseconds, double now) =>
        BatchLine.Complete(_name, _id, Total, done, _tally.Succeeded, _tally.Failed, _progress.AverageRate(now, done), milliseconds, _depth);

    // How far an interrupted run got, as its span's status and its last record say it.
    private string Interruption(int done) =>
        "interrupted after " + (done + _tally.Resumed).ToString(CultureInfo.InvariantCulture) + "/" + Total.ToString(CultureInfo.InvariantCulture) + " items";
}
