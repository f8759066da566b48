using System;
using System.Globalization;
using System.Threading;
using Microsoft.Extensions.Logging;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// What a run reports as it goes and at its end: the progress file and the checkpoint's flushes (through
/// <see cref="BatchFiles"/>), the PROGRESS line, and the last line, span and record.
/// </summary>
internal sealed partial class BatchRun<T>
{
    /// <summary>Writes the progress file, flushes the checkpoint and logs PROGRESS when each is due.</summary>
    private void Tick(bool force, string status)
    {
        var now = _clock.Seconds;
        MarkProgress(now);
        if (!force && now < BitConverter.Int64BitsToDouble(Volatile.Read(ref _nextTick)))
        {
            return;
        }

        if (!Monitor.TryEnter(_tickLock))
        {
            return;
        }

        try
        {
            if (_finished)
            {
                return; // a worker that ends after the run ended (its item abandoned meanwhile) writes nothing
            }

            now = _clock.Seconds;
            var done = Processed;
            _rate.Update(now, done);
            if (force || now >= _nextFile)
            {
                _files.FlushCheckpoint();
                WriteProgress(now, done, status, force);
                if (!force)
                {
                    RecordProgress(now, done);
                }

                _nextFile = now + _options.ProgressInterval.TotalSeconds;
            }

            if (!force && now >= _nextLog)
            {
                var elapsed = now - _start;
                var all = done + _resumed;
                Log(LogLevel.Information, BatchLine.Progress(_name, _id, all, Total, Percent(all), _rate.Rate(now, done), elapsed, _rate.SecondsLeft(now, done, Total - all), _depth));
                _nextLog = now + _options.LogInterval.TotalSeconds;
            }

            Volatile.Write(ref _nextTick, BitConverter.DoubleToInt64Bits(Math.Min(_nextFile, _nextLog)));
        }
        catch (Exception fault)
        {
            // The files' faults are said by BatchFiles; anything else costs this tick, never the batch.
            StepLogging.ReportFault(fault);
        }
        finally
        {
            Monitor.Exit(_tickLock);
        }
    }

    private void Finish(string status)
    {
        RunningBatches.Remove(this);
        lock (_tickLock)
        {
            _finished = true;
            var now = _clock.Seconds;
            var done = Processed;
            _files.CloseCheckpoint();
            WriteProgress(now, done, status, force: true);

            var milliseconds = (now - _start) * 1000;
            Log(
                status == "interrupted" ? LogLevel.Warning : LogLevel.Information,
                status == "interrupted"
                    ? BatchLine.Interrupted(_name, _id, Total, done, _succeeded, _failed, _abandonedItems.Count, milliseconds, _depth)
                    : BatchLine.Complete(_name, _id, Total, done, _succeeded, _failed, _rate.Average(now, done), milliseconds, _depth));
            EndSpan(status, done, milliseconds);
            RecordEnd(status, done, milliseconds);
            MeasureEnd(status, milliseconds);
        }
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

        var failed = Volatile.Read(ref _failed);
        var (outcome, message) = status switch
        {
            "completed" when failed == 0 => (StepStatus.Success, (string?)null),
            "completed" => (StepStatus.Warning, $"{failed} of {done} items failed"),
            "interrupted" => (StepStatus.Failed, Interruption(done)),
            _ => (StepStatus.Failed, EntryWriter.MessageOf(_failure)),
        };
        RecordWriter.Write(RunRecords, _name, _name, 0, Total, outcome, milliseconds, message, Counts(done), runKind: StepRunKind.Batch);
    }

    // A running batch is seen live in the store: at each progress report, a Running record of its own with the counts,
    // the rate and the time left. Nothing is built when nothing records.
    private void RecordProgress(double now, int done)
    {
        if (!StepRecorder.IsRecording)
        {
            return;
        }

        var all = done + _resumed;
        // In the progress file's words (and the PROGRESS line's), so that a reader of any of them reads the others.
        var progress = new StepMetadata<int, int, int, int, double, double?>(
            ProgressFileFields.Processed, all, ProgressFileFields.Succeeded, Volatile.Read(ref _succeeded),
            ProgressFileFields.Failed, Volatile.Read(ref _failed), ProgressFileFields.Total, Total,
            ProgressFileFields.RatePerSecond, Math.Round(_rate.Rate(now, done), 2),
            ProgressFileFields.EtaSeconds, _rate.SecondsLeft(now, done, Total - all) is { } left ? Math.Round(left, 1) : null);
        RecordWriter.Write(RunRecords, _name, _name, 0, Total, StepStatus.Running, (now - _start) * 1000, null, progress, runKind: StepRunKind.Batch);
    }

    // How far an interrupted run got, as its span's status and its last record say it.
    private string Interruption(int done) =>
        "interrupted after " + (done + _resumed).ToString(CultureInfo.InvariantCulture) + "/" + Total.ToString(CultureInfo.InvariantCulture) + " items";

    // What the last line counts, for the span's attributes and the last record's details.
    private StepMetadata<int, int, int> Counts(int done) =>
        new("processed", done, "succeeded", Volatile.Read(ref _succeeded), "failed", Volatile.Read(ref _failed));

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
            case "completed":
                StepTracing.Succeeded(_activity, counts, SpanAttributes.TotalDuration, milliseconds);
                break;
            case "interrupted":
                StepTracing.Interrupted(_activity, counts, Interruption(done), milliseconds);
                break;
            default:
                StepTracing.Failed(_activity, _failure, EntryWriter.MessageOf(_failure), counts, SpanAttributes.TotalDuration, milliseconds);
                break;
        }

        StepTracing.Stop(_activity, StepTracing.Enter(_activity));
    }

    private void WriteProgress(double now, int done, string status, bool force)
    {
        if (!_files.HasProgressFile)
        {
            return;
        }

        var current = Volatile.Read(ref _current);
        if (!force && done == _writtenProcessed && current == _writtenCurrent)
        {
            return; // nothing changed since the last write
        }

        var all = done + _resumed;
        var running = status == "running";
        var snapshot = new ProgressSnapshot
        {
            Operation = _name,
            OperationId = _id.Text,
            Status = status,
            Processed = all,
            Total = Total,
            Percentage = Percent(all),
            RatePerSecond = running ? _rate.Rate(now, done) : _rate.Average(now, done),
            ElapsedSeconds = now - _start,
            EtaSeconds = _rate.SecondsLeft(now, done, Total - all),
            CurrentItem = current >= 0 ? IdOf(_items[current], current) : null,
            Timestamp = DateTime.UtcNow,
            Succeeded = Volatile.Read(ref _succeeded),
            Failed = Volatile.Read(ref _failed),
            Resumed = _resumed,
            ProcessId = ProcessId,
        };
        _files.WriteProgress(ProgressJson.Write(snapshot));
        _writtenProcessed = done;
        _writtenCurrent = current;
    }
}
