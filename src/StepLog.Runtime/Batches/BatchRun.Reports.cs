using System;
using System.Globalization;
using System.Threading;
using Microsoft.Extensions.Logging;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// What a run reports at its end: the last line, span, record and measurement, after the progress reporter's last
/// report (the progress file and the checkpoint).
/// </summary>
internal sealed partial class BatchRun<T>
{
    // The run's end: the progress reporter's last report, then the last line, span, record and measurement.
    private void Finish(string status)
    {
        RunningBatches.Remove(this);
        var (now, done) = _progress.Finish(status);
        var milliseconds = (now - _start) * 1000;
        Log(
            status == ProgressFileStatus.Interrupted ? LogLevel.Warning : LogLevel.Information,
            status == ProgressFileStatus.Interrupted
                ? BatchLine.Interrupted(_name, _id, Total, done, _tally.Succeeded, _tally.Failed, _abandonedItems.Count, milliseconds, _depth)
                : BatchLine.Complete(_name, _id, Total, done, _tally.Succeeded, _tally.Failed, _progress.AverageRate(now, done), milliseconds, _depth));
        EndSpan(status, done, milliseconds);
        RecordEnd(status, done, milliseconds);
        MeasureEnd(status, milliseconds);
    }

    // The run's own records: filed under its id, as an operation's without a subject are.
    private RunIdentity RunRecords => new(_id, null, _name, null);

    // The batch's last record: Success, Warning when items failed (the batch did its work; the failed items are its
    // findings), or Failed when it stopped early or threw, with the counts in the details.
    private void RecordEnd(string status, int done, double milliseconds)
    {
        if (!StepRecorder.IsRecording)
        {
            return;
        }

        var failed = _tally.Failed;
        var (outcome, message) = status switch
        {
            ProgressFileStatus.Completed when failed == 0 => (StepStatus.Success, (string?)null),
            ProgressFileStatus.Completed => (StepStatus.Warning, $"{failed} of {done} items failed"),
            ProgressFileStatus.Interrupted => (StepStatus.Failed, Interruption(done)),
            _ => (StepStatus.Failed, EntryWriter.MessageOf(_failure)),
        };
        RecordWriter.Write(RunRecords, _name, _name, 0, Total, outcome, milliseconds, message, Counts(done), runKind: StepRunKind.Batch);
    }

    // How far an interrupted run got, as its span's status and its last record say it.
    private string Interruption(int done) =>
        "interrupted after " + (done + _tally.Resumed).ToString(CultureInfo.InvariantCulture) + "/" + Total.ToString(CultureInfo.InvariantCulture) + " items";

    // What the last line counts, for the span's attributes and the last record's details.
    private StepMetadata<int, int, int> Counts(int done) =>
        new(BatchLineFields.Processed, done, BatchLineFields.Succeeded, _tally.Succeeded, BatchLineFields.Failed, _tally.Failed);

    // The span's outcome as the last line says it, with the counts; a batch that stopped early is an error, as an
    // operation that ended without Complete is: its work is not done.
    private void EndSpan(string status, int done, double milliseconds)
    {
        if (_activity is null)
        {
            return;
        }

        var counts = Counts(done);
        switch (status)
        {
            case ProgressFileStatus.Completed:
                StepTracing.Succeeded(_activity, counts, SpanAttributes.TotalDuration, milliseconds);
                break;
            case ProgressFileStatus.Interrupted:
                StepTracing.Interrupted(_activity, counts, Interruption(done), milliseconds);
                break;
            default:
                StepTracing.Failed(_activity, _failure, EntryWriter.MessageOf(_failure), counts, SpanAttributes.TotalDuration, milliseconds);
                break;
        }

        StepTracing.Stop(_activity, StepTracing.Enter(_activity));
    }
}
