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
/// Items that do not watch their token are abandoned <see cref="AbandonMargin"/> after the hard stop: the run ends
/// without them, whatever they do, and their late end changes nothing (see <see cref="InFlightItems"/>).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A run is used once: RunAsync disposes its token sources when it ends.")]
internal sealed partial class BatchRun<T>
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
    private string? _parentId;
    private readonly ILogger _logger;
    private readonly BatchClock _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _hard = new();
    private readonly ConcurrentQueue<BatchItemError> _errors = new();
    private readonly List<string> _abandonedItems = [];
    private readonly object _tickLock = new();
    private readonly string _temporarySuffix = "." + ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";

    private bool[]? _skip;
    private BatchFiles _files = null!;
    private InFlightItems _inFlight = null!;
    private bool _finished;
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

    /// <summary>The workers; still running after the run when it abandoned items (for tests of their late end).</summary>
    internal Task? Workers { get; private set; }

    private static int ProcessId { get; } = GetProcessId();

    private int Total => _items.Count;

    private int Processed => Volatile.Read(ref _succeeded) + Volatile.Read(ref _failed);

    public async Task<BatchResult> RunAsync(CancellationToken cancellationToken)
    {
        // Before anything runs or is logged: a progress file or checkpoint that cannot be used at all is an error.
        _files = BatchFiles.Open(_options, _temporarySuffix, Warn);
        LoadCheckpoint();

        // The batch is the flow's operation while it runs: work inside items nests one level deeper. The flow is the
        // caller's again when this async method returns, as every AsyncLocal change made in an async method is.
        _depth = Ambient.Depth + 1;
        _frame = new OperationDefinition(_name, 0, LogLevel.Information);

        // A batch's lines are meant to be seen as it goes: inside a sampled run, it keeps that run, and the operations
        // of its items follow it. Outside any, each item's operations are a run of their own, sampled alone.
        _held = SamplingSettings.Current is not null ? Ambient.Identity.Held : null;
        _parentId = StepRecorder.IsRecording ? RunParents.Of(Ambient.Identity) : null;
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
            // The operations of its items name the batch as the run they ran inside.
            RunParents.AddBatch(_frame, _id.Text);
            RecordWriter.Write(
                RunRecords, _name, _name, 0, Total, StepStatus.Running, double.NaN, null, new StepMetadata<int>("resumed", _resumed), _parentId, StepRunKind.Batch);
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
        var count = Math.Min(_options.MaxConcurrency, Math.Max(1, Total));
        _inFlight = new InFlightItems(count);
        RunningBatches.Add(this);
        var tasks = new Task[count];
        for (var i = 0; i < count; i++)
        {
            // Off the caller's thread even when alone: an item that blocks its thread must not block the caller's,
            // which has to return when the batch is stopped. A thread of its own, not the pool's: a busy pool would
            // start the workers late, and a stop meanwhile would find nothing done.
            var worker = i;
            tasks[i] = Task.Factory.StartNew(() => WorkAsync(worker), CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
        }

        Workers = Task.WhenAll(tasks);
        await WaitForWorkersAsync(Workers).ConfigureAwait(false);
    }

    private async Task WorkAsync(int worker)
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
            if (!await RunItemAsync(worker, _items[index], index).ConfigureAwait(false))
            {
                return; // abandoned: the run ended without this worker
            }

            Tick(force: false, "running");
        }
    }

    private void LoadCheckpoint()
    {
        var outcomes = _files.Outcomes;
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
    }

    private BatchResult Result(bool interrupted)
    {
        var errors = _errors.ToArray();
        var elapsed = TimeSpan.FromSeconds(Math.Max(0, _clock.Seconds - _start));
        return new BatchResult(Total, _succeeded, _failed, _timedOut, _resumed, interrupted, elapsed, errors, _abandonedItems.ToArray());
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
            StepLogging.ReportFault(fault, FaultSource.ItemId);
            return (index + 1).ToString(CultureInfo.InvariantCulture);
        }
    }

    private double Percent(long done) => Total == 0 ? 100 : done * 100.0 / Total;

    private double Milliseconds(double started) => (_clock.Seconds - started) * 1000;

    private void Warn(string message) => Log(LogLevel.Warning, BatchLine.Warning(_name, _id, Total, _depth, message));

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
