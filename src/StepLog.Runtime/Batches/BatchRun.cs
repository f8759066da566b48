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
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// One run of a batch, as a run with its items as child runs: its START and last line, span, records and metric, and
/// each item's outcome (counted in <see cref="BatchTally"/>, logged, checkpointed). It composes the two that do the
/// rest: <see cref="BatchScheduler{T}"/> runs the items (workers, tokens, timeouts, signals, the stop) and
/// <see cref="BatchProgressReporter"/> tells how far the run is (rate, ETA, PROGRESS, the progress file, the
/// checkpoint's flushes).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A run is used once: RunAsync disposes its scheduler when it ends.")]
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
    private SamplingSettings? _itemSampling;

    // The held lines of each sampled item while it runs, by index: an item the run abandons (its flow still running)
    // is kept, as a cancelled run is, and its held lines are written before its ABANDONED line. Null when no item is sampled.
    private ConcurrentDictionary<int, HeldLines>? _itemLines;
    private string? _parentId;
    private readonly ILogger _logger;
    private readonly BatchClock _clock;
    private readonly ConcurrentQueue<BatchItemError> _errors = new();
    private readonly List<string> _abandonedItems = [];
    private readonly string _temporarySuffix = "." + BatchFiles.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";

    private BatchFiles _files = null!;
    private BatchTally _tally = null!;
    private BatchScheduler<T> _scheduler = null!;
    private BatchProgressReporter _progress = null!;
    private double _start;
    private int _depth;

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
    internal Task? Workers => _scheduler?.Workers;

    private int Total => _items.Count;

    public async Task<BatchResult> RunAsync(CancellationToken cancellationToken)
    {
        // Before anything runs or is logged: a progress file or checkpoint that cannot be used at all is an error.
        _files = BatchFiles.Open(_options, _temporarySuffix, Warn);
        var skip = LoadCheckpoint(out var resumed);
        _tally = new BatchTally(Total, resumed);

        // The batch is the flow's operation while it runs: work inside items nests one level deeper. The flow is the
        // caller's again when this async method returns, as every AsyncLocal change made in an async method is.
        _depth = Ambient.Depth + 1;
        _frame = new OperationDefinition(_name, 0, LogLevel.Information);

        // A batch's lines are meant to be seen as it goes: inside a sampled run, it keeps that run, and the operations
        // of its items follow it. Outside any, each item is a run of its own, sampled as an operation is (its
        // operations' lines and its own SUCCESS line kept or dropped together); the batch's own lines are written.
        var sampling = SamplingSettings.Current;
        _held = sampling is not null ? Ambient.Identity.Held : null;
        _itemSampling = _held is null ? sampling : null;
        _itemLines = _itemSampling is null ? null : new ConcurrentDictionary<int, HeldLines>();
        _parentId = StepRecorder.IsRecording ? RunParents.Of(Ambient.Identity) : null;
        _held?.Release();
        Ambient.EnterFlow(new FlowFrame(_frame, _depth) { Identity = new RunIdentity(default, null, null, _held) });

        // The span is current for the rest of this method and the workers it starts, as the flow's operation is, and
        // the caller's current span again when it returns. The clock starts before START, as the first tick's does.
        _start = _clock.Seconds;
        _activity = RunLifecycle.BeginBatch(_logger, _name, Total, resumed, _depth, _parentId, out _id);
        if (StepRecorder.IsRecording)
        {
            // The operations of its items name the batch as the run they ran inside.
            RunParents.AddBatch(_frame, _id.Text);
        }

        _scheduler = new BatchScheduler<T>(_items, _process, skip, _options, _clock, this);
        _progress = new BatchProgressReporter(
            _name, _id, _depth, _tally, _files, _options, _logger, RunRecords, () => _scheduler.Current, index => IdOf(_items[index], index), _start);

        var status = ProgressFileStatus.Completed;
        try
        {
            _progress.Tick(force: true);
            RunningBatches.Add(this);
            await _scheduler.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            status = ProgressFileStatus.Failed;
            _failure = error;
            throw;
        }
        finally
        {
            if (_scheduler.Interrupted && status != ProgressFileStatus.Failed)
            {
                status = ProgressFileStatus.Interrupted;
            }

            Finish(status);
            _scheduler.Dispose();
        }

        return Result(status == ProgressFileStatus.Interrupted);
    }

    // The items a checkpoint says are done (succeeded, or failed when they are not to be run again): skipped.
    private bool[]? LoadCheckpoint(out int resumed)
    {
        resumed = 0;
        var outcomes = _files.Outcomes;
        if (outcomes.Count == 0)
        {
            return null;
        }

        var skip = new bool[Total];
        for (var i = 0; i < skip.Length; i++)
        {
            if (outcomes.TryGetValue(IdOf(_items[i], i), out var succeeded) && (succeeded || !_options.RetryFailedOnResume))
            {
                skip[i] = true;
                resumed++;
            }
        }

        return skip;
    }

    private BatchResult Result(bool interrupted)
    {
        var errors = _errors.ToArray();
        var elapsed = TimeSpan.FromSeconds(Math.Max(0, _clock.Seconds - _start));
        return new BatchResult(Total, _tally.Succeeded, _tally.Failed, _tally.TimedOut, _tally.Resumed, interrupted, elapsed, errors, _abandonedItems.ToArray());
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

    private double Milliseconds(double started) => (_clock.Seconds - started) * 1000;

    // An item's time on the batch's clock in Stopwatch ticks, as a sampled run's slowness is judged.
    private long Ticks(double started) => (long)((_clock.Seconds - started) * Stopwatch.Frequency);

    private void Warn(string message) => Log(LogLevel.Warning, BatchLine.Warning(_name, _id, Total, _depth, message));

    private void Log(LogLevel level, BatchLine line) => EntryWriter.Write(_logger, level, line);
}
