using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// How far a run is, told as it goes: the rate and the time left, the PROGRESS line, the progress file, the
/// checkpoint's flushes (through <see cref="BatchFiles"/>), a Running record in the store, and the time of the last
/// progress for the gauges. Whichever worker finds the next tick due (and the tick lock free) writes what is due, so no
/// worker waits for another and nothing is written per item.
/// </summary>
internal sealed class BatchProgressReporter
{
    private readonly string _name;
    private readonly OperationId _id;
    private readonly int _depth;
    private readonly BatchTally _tally;
    private readonly BatchFiles _files;
    private readonly StepBatchOptions _options;
    private readonly BatchClock _clock;
    private readonly ILogger _logger;
    private readonly RunIdentity _records;
    private readonly Func<int> _current;
    private readonly Func<int, string> _itemId;
    private readonly RateEstimator _rate;
    private readonly double _start;
    private readonly object _tickLock = new();
    private bool _finished;
    private long _nextTick;
    private double _nextFile;
    private double _nextLog;
    private long _writtenProcessed = -1;
    private int _writtenCurrent = -2;

    // The batch clock's time of the last tick (the start, then each item's end), as bits: one atomic write per item.
    private long _lastProgress;

    // current: the position of the item a worker took last, -1 before the first (the file's current_item, by itemId).
    public BatchProgressReporter(
        string name, OperationId id, int depth, BatchTally tally, BatchFiles files, StepBatchOptions options, ILogger logger, RunIdentity records, Func<int> current, Func<int, string> itemId, double start)
    {
        _name = name;
        _id = id;
        _depth = depth;
        _tally = tally;
        _files = files;
        _options = options;
        _clock = options.Clock;
        _logger = logger;
        _records = records;
        _current = current;
        _itemId = itemId;
        _start = start;
        _rate = new RateEstimator(start);
        _nextFile = start;
        _nextLog = start + options.LogInterval.TotalSeconds;
    }

    /// <summary>Whether the run keeps a checkpoint: an item's id is made for it only then.</summary>
    public bool HasCheckpoint => _files.HasCheckpoint;

    /// <summary>Seconds on the batch's clock since the last tick, for the gauges.</summary>
    public double SecondsSinceProgress =>
        Math.Max(0, _clock.Seconds - BitConverter.Int64BitsToDouble(Volatile.Read(ref _lastProgress)));

    /// <summary>Writes the progress file, flushes the checkpoint and logs PROGRESS when each is due.</summary>
    public void Tick(bool force)
    {
        var now = _clock.Seconds;
        Volatile.Write(ref _lastProgress, BitConverter.DoubleToInt64Bits(now));
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
            var done = _tally.Processed;
            _rate.Update(now, done);
            if (force || now >= _nextFile)
            {
                _files.FlushCheckpoint();
                WriteProgress(now, done, ProgressFileStatus.Running, force);
                if (!force)
                {
                    RecordProgress(now, done);
                }

                _nextFile = now + _options.ProgressInterval.TotalSeconds;
            }

            if (!force && now >= _nextLog)
            {
                var all = done + _tally.Resumed;
                var total = _tally.Total;
                var line = BatchLine.Progress(_name, _id, all, total, _tally.Percent(all), _rate.Rate(now, done), now - _start, _rate.SecondsLeft(now, done, total - all), _depth);
                EntryWriter.Write(_logger, LogLevel.Information, line);
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

    /// <summary>
    /// The last report: closes the checkpoint and writes the progress file with the run's <paramref name="status"/>;
    /// no tick writes anything after it. Returns the time and the count the run's last line tells.
    /// </summary>
    public (double Now, int Done) Finish(string status)
    {
        lock (_tickLock)
        {
            _finished = true;
            var now = _clock.Seconds;
            var done = _tally.Processed;
            _files.CloseCheckpoint();
            WriteProgress(now, done, status, force: true);
            return (now, done);
        }
    }

    /// <summary>Appends an item's outcome to the checkpoint (if there is one); flushed at the next tick.</summary>
    public void Checkpoint(string id, bool succeeded) => _files.Record(id, succeeded);

    /// <summary>Items per second over the whole run, as COMPLETE tells it.</summary>
    public double AverageRate(double now, int done) => _rate.Average(now, done);

    // A running batch is seen live in the store: at each progress report, a Running record of its own with the counts,
    // the rate and the time left. Nothing is built when nothing records.
    private void RecordProgress(double now, int done)
    {
        if (!StepRecorder.IsRecording)
        {
            return;
        }

        var all = done + _tally.Resumed;
        var total = _tally.Total;

        // In the progress file's words (and the PROGRESS line's), so that a reader of any of them reads the others.
        var progress = new StepMetadata<int, int, int, int, double, double?>(
            ProgressFileFields.Processed, all, ProgressFileFields.Succeeded, _tally.Succeeded,
            ProgressFileFields.Failed, _tally.Failed, ProgressFileFields.Total, total,
            ProgressFileFields.RatePerSecond, Math.Round(_rate.Rate(now, done), 2),
            ProgressFileFields.EtaSeconds, _rate.SecondsLeft(now, done, total - all) is { } left ? Math.Round(left, 1) : null);
        RecordWriter.Write(_records, _name, _name, 0, total, StepStatus.Running, (now - _start) * 1000, null, progress, runKind: StepRunKind.Batch);
    }

    private void WriteProgress(double now, int done, string status, bool force)
    {
        if (!_files.HasProgressFile)
        {
            return;
        }

        var current = _current();
        if (!force && done == _writtenProcessed && current == _writtenCurrent)
        {
            return; // nothing changed since the last write
        }

        var all = done + _tally.Resumed;
        var total = _tally.Total;
        var snapshot = new ProgressSnapshot
        {
            Operation = _name,
            OperationId = _id.Text,
            Status = status,
            Processed = all,
            Total = total,
            Percentage = _tally.Percent(all),
            RatePerSecond = status == ProgressFileStatus.Running ? _rate.Rate(now, done) : _rate.Average(now, done),
            ElapsedSeconds = now - _start,
            EtaSeconds = _rate.SecondsLeft(now, done, total - all),
            CurrentItem = current >= 0 ? _itemId(current) : null,
            Timestamp = DateTime.UtcNow,
            Succeeded = _tally.Succeeded,
            Failed = _tally.Failed,
            Resumed = _tally.Resumed,
            ProcessId = BatchFiles.ProcessId,
        };
        _files.WriteProgress(ProgressJson.Write(snapshot));
        _writtenProcessed = done;
        _writtenCurrent = current;
    }
}
