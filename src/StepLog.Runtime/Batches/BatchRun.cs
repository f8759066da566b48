using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// One run of a batch. Workers take the next position with one interlocked increment, run the item, and count its
/// outcome with interlocked increments; whichever worker finds the next tick due (and the tick lock free) writes the
/// progress file, flushes the checkpoint and logs PROGRESS, so no worker waits for another and nothing is written per
/// item but the item's own line. Two tokens stop it: <c>_stop</c> (first signal, caller's token, batch timeout) ends
/// the taking of items and arms the grace period; <c>_hard</c> (second signal, grace period over) cancels items in flight.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A run is used once: RunAsync disposes its token sources when it ends.")]
internal sealed class BatchRun<T>
{
    private readonly string _name;
    private readonly IReadOnlyList<T> _items;
    private readonly Func<T, CancellationToken, ValueTask> _process;
    private readonly StepBatchOptions _options;
    private readonly Func<T, string>? _itemId;
    private OperationDefinition? _frame;

    // The run's span when something listens, and its id (the span's when there is one), on each of its lines: a log
    // reader groups a batch's lines, and a trace its items' operations, as they do an operation run's.
    private Activity? _activity;
    private OperationId _id;
    private Exception? _failure;
    private HeldLines? _held;
    private readonly ILogger _logger;
    private readonly BatchClock _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _hard = new();
    private readonly ConcurrentQueue<BatchItemError> _errors = new();
    private readonly object _tickLock = new();
    private readonly string _temporarySuffix = "." + ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";

    private bool[]? _skip;
    private Checkpoint? _checkpoint;
    private RateEstimator _rate = null!;
    private double _start;
    private int _depth;
    private int _resumed;
    private int _next;
    private int _succeeded;
    private int _failed;
    private int _timedOut;
    private int _current = -1;
    private int _signals;
    private bool _abandoned;
    private long _nextTick;
    private double _nextFile;
    private double _nextLog;
    private long _writtenProcessed = -1;
    private int _writtenCurrent = -2;

    public BatchRun(string name, IReadOnlyList<T> items, Func<T, CancellationToken, ValueTask> process, StepBatchOptions options, Func<T, string>? itemId)
    {
        _name = name;
        _items = items;
        _process = process;
        _options = options;
        _itemId = itemId;
        _logger = options.Logger ?? StepLogging.DefaultLogger;
        _clock = options.Clock;
    }

    private static int ProcessId { get; } = GetProcessId();

    private int Total => _items.Count;

    private int Processed => Volatile.Read(ref _succeeded) + Volatile.Read(ref _failed);

    public async Task<BatchResult> RunAsync(CancellationToken cancellationToken)
    {
        LoadCheckpoint();

        // The batch is the flow's operation while it runs: work inside items nests one level deeper. The flow is the
        // caller's again when this async method returns, as every AsyncLocal change made in an async method is.
        _depth = Ambient.Depth + 1;
        _frame = new OperationDefinition(_name, 0, LogLevel.Information);

        // A batch's lines are meant to be seen as it goes: inside a sampled run, it keeps that run, and the operations
        // of its items follow it. Outside any, each item's operations are a run of their own, sampled alone.
        _held = SamplingSettings.Current is not null ? Ambient.Identity.Held : null;
        _held?.Release();
        Ambient.EnterFlow(new FlowFrame(_frame, _depth) { Identity = new RunIdentity(default, null, null, _held) });

        // Current for the rest of this method and the workers it starts, as the flow's operation is, and the caller's
        // current span again when it returns.
        _activity = !StepTracing.HasListeners ? null
            : _resumed > 0 ? StepTracing.StartOperation(_name, Total, new StepMetadata<int>("resumed", _resumed))
            : StepTracing.StartOperation(_name, Total, default(StepMetadata));
        _id = OperationId.For(_activity);
        if (StepRecorder.IsRecording)
        {
            RecordWriter.Write(RunRecords, _name, _name, 0, Total, StepStatus.Running, double.NaN, null, new StepMetadata<int>("resumed", _resumed));
        }

        _start = _clock.Seconds;
        _rate = new RateEstimator(_start);
        _nextFile = _start;
        _nextLog = _start + _options.LogInterval.TotalSeconds;
        Log(LogLevel.Information, BatchLine.Start(_name, _id, Total, _resumed, _depth));

        var signals = _options.HandleSignals ? new BatchSignals(OnSignal) : null;
        var caller = cancellationToken.Register(static state => ((BatchRun<T>)state!).RequestStop(), this);
        _stop.Token.Register(static state => ((BatchRun<T>)state!).ArmGracePeriod(), this);
        if (_options.BatchTimeout is { } batchTimeout)
        {
            _stop.CancelAfter(batchTimeout);
        }

        var status = "completed";
        try
        {
            Tick(force: true, "running");
            await RunWorkersAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            status = "failed";
            _failure = error;
            throw;
        }
        finally
        {
            signals?.Dispose();
            caller.Dispose();
            var interrupted = _abandoned && status != "failed";
            if (interrupted)
            {
                status = "interrupted";
            }

            Finish(status);
            _stop.Dispose();
            _hard.Dispose();
        }

        return Result(status == "interrupted");
    }

    private async Task RunWorkersAsync()
    {
        var workers = Math.Min(_options.MaxConcurrency, Math.Max(1, Total));
        if (workers == 1)
        {
            await WorkAsync().ConfigureAwait(false);
            return;
        }

        var tasks = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            tasks[i] = Task.Run(WorkAsync);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private async Task WorkAsync()
    {
        var total = Total;
        while (true)
        {
            if (_stop.IsCancellationRequested)
            {
                if (Volatile.Read(ref _next) < total)
                {
                    _abandoned = true;
                }

                return;
            }

            var index = Interlocked.Increment(ref _next) - 1;
            if (index >= total)
            {
                return;
            }

            if (_skip is { } skip && skip[index])
            {
                continue;
            }

            Volatile.Write(ref _current, index);
            await RunItemAsync(_items[index], index).ConfigureAwait(false);
            Tick(force: false, "running");
        }
    }

    private async Task RunItemAsync(T item, int index)
    {
        if (StepRecorder.IsRecording)
        {
            // Operations inside the item take its id as their subject, so that the store answers "what happened to
            // this item?". An AsyncLocal change made in this async method is undone when it returns.
            Ambient.EnterFlow(new FlowFrame(_frame!, _depth) { Identity = new RunIdentity(OperationId.New(), IdOf(item, index), _name, _held) });
        }

        CancellationTokenSource? timeout = null;
        var token = _hard.Token;
        if (_options.ItemTimeout is { } limit)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(limit);
            token = timeout.Token;
        }

        var started = _clock.Seconds;
        try
        {
            await _process(item, token).ConfigureAwait(false);
            Succeed(item, index, started);
        }
        catch (OperationCanceledException) when (_hard.IsCancellationRequested)
        {
            // Stopped by the hard stop: not an outcome of the item, which a rerun runs again.
            _abandoned = true;
            StepMetrics.BatchItem(_name, MetricStatus.Cancelled);
            var id = IdOf(item, index);
            Log(LogLevel.Warning, BatchLine.ItemCancelled(_name, _id, id, index + 1, Total, _depth, Milliseconds(started)));
        }
        catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true })
        {
            var message = "timed out after " + _options.ItemTimeout!.Value.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
            Interlocked.Increment(ref _timedOut);
            StepMetrics.BatchItem(_name, MetricStatus.TimedOut);
            Fail(item, index, started, message, null, LogLevel.Warning);
        }
        catch (Exception error)
        {
            StepMetrics.BatchItem(_name, MetricStatus.Failed);
            Fail(item, index, started, EntryWriter.MessageOf(error), error, LogLevel.Error);
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    private void Succeed(T item, int index, double started)
    {
        Interlocked.Increment(ref _succeeded);
        StepMetrics.BatchItem(_name, MetricStatus.Success);
        string? id = null;
        if (EntryWriter.IsEnabled(_logger, _options.ItemLevel))
        {
            id = IdOf(item, index);
            Log(_options.ItemLevel, BatchLine.ItemSucceeded(_name, _id, id, index + 1, Total, _depth, Milliseconds(started)));
        }

        _checkpoint?.Record(id ?? IdOf(item, index), succeeded: true);
    }

    private void Fail(T item, int index, double started, string message, Exception? error, LogLevel level)
    {
        Interlocked.Increment(ref _failed);
        var id = IdOf(item, index);
        _errors.Enqueue(new BatchItemError(id, index + 1, message, error is null, error));
        Log(level, BatchLine.ItemFailed(_name, _id, id, index + 1, Total, _depth, Milliseconds(started), message));
        _checkpoint?.Record(id, succeeded: false);
    }

    /// <summary>Writes the progress file, flushes the checkpoint and logs PROGRESS when each is due.</summary>
    private void Tick(bool force, string status)
    {
        var now = _clock.Seconds;
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
            now = _clock.Seconds;
            var done = Processed;
            _rate.Update(now, done);
            if (force || now >= _nextFile)
            {
                _checkpoint?.Flush();
                WriteProgress(now, done, status, force);
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
            // A full disk or a locked file costs the progress report, never the batch.
            StepLogging.ReportFault(fault);
        }
        finally
        {
            Monitor.Exit(_tickLock);
        }
    }

    private void Finish(string status)
    {
        lock (_tickLock)
        {
            var now = _clock.Seconds;
            var done = Processed;
            try
            {
                _checkpoint?.Dispose();
            }
            catch (Exception fault)
            {
                StepLogging.ReportFault(fault);
            }

            try
            {
                WriteProgress(now, done, status, force: true);
            }
            catch (Exception fault)
            {
                StepLogging.ReportFault(fault);
            }

            var milliseconds = (now - _start) * 1000;
            Log(
                status == "interrupted" ? LogLevel.Warning : LogLevel.Information,
                status == "interrupted"
                    ? BatchLine.Interrupted(_name, _id, Total, done, _succeeded, _failed, milliseconds, _depth)
                    : BatchLine.Complete(_name, _id, Total, done, _succeeded, _failed, _rate.Average(now, done), milliseconds, _depth));
            EndSpan(status, done, milliseconds);
            RecordEnd(status, done, milliseconds);
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
        RecordWriter.Write(RunRecords, _name, _name, 0, Total, outcome, milliseconds, message, Counts(done));
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
        if (_options.ProgressFile is not { } path)
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
        AtomicFile.Write(path, ProgressJson.Write(snapshot), _temporarySuffix);
        _writtenProcessed = done;
        _writtenCurrent = current;
    }

    private void LoadCheckpoint()
    {
        if (_options.ProgressFile is { } progress)
        {
            AtomicFile.EnsureFolder(progress);
        }

        if (_options.Checkpoint is not { } path)
        {
            return;
        }

        var outcomes = Checkpoint.Read(path);
        if (outcomes.Count > 0)
        {
            var skip = new bool[Total];
            for (var i = 0; i < skip.Length; i++)
            {
                if (outcomes.TryGetValue(IdOf(_items[i], i), out var succeeded) && (succeeded || !_options.RetryFailedOnResume))
                {
                    skip[i] = true;
                    _resumed++;
                }
            }

            _skip = skip;
        }

        _checkpoint = Checkpoint.Open(path);
    }

    private void OnSignal()
    {
        if (Interlocked.Increment(ref _signals) == 1)
        {
            RequestStop();
        }
        else
        {
            Cancel(_hard);
        }
    }

    private void RequestStop() => Cancel(_stop);

    private void ArmGracePeriod()
    {
        try
        {
            _hard.CancelAfter(_options.GracePeriod);
        }
        catch (ObjectDisposedException)
        {
            // The batch ended meanwhile.
        }
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The batch ended meanwhile.
        }
    }

    private BatchResult Result(bool interrupted)
    {
        var errors = _errors.ToArray();
        var elapsed = TimeSpan.FromSeconds(Math.Max(0, _clock.Seconds - _start));
        return new BatchResult(Total, _succeeded, _failed, _timedOut, _resumed, interrupted, elapsed, errors);
    }

    private string IdOf(T item, int index)
    {
        if (_itemId is null)
        {
            return (index + 1).ToString(CultureInfo.InvariantCulture);
        }

        try
        {
            return _itemId(item) ?? (index + 1).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception fault)
        {
            // A throwing id function costs the name, never the item: the position stands in.
            StepLogging.ReportFault(fault);
            return (index + 1).ToString(CultureInfo.InvariantCulture);
        }
    }

    private double Percent(long done) => Total == 0 ? 100 : done * 100.0 / Total;

    private double Milliseconds(double started) => (_clock.Seconds - started) * 1000;

    private void Log(LogLevel level, BatchLine line)
    {
        if (EntryWriter.IsEnabled(_logger, level))
        {
            line.Write(_logger, level);
        }
    }

    private static int GetProcessId()
    {
        using var process = Process.GetCurrentProcess();
        return process.Id;
    }
}
