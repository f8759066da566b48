using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace StepLog.Records;

/// <summary>
/// StepLog's store in front of a database: <see cref="AddAsync"/> puts a record in a bounded in-memory queue and
/// returns, and one background writer takes the queue in batches, each written in one transaction by the store
/// package's <see cref="IStepRecordWriter"/>; queries go to its <see cref="IStepRecordQueries"/>. The writer writes as soon as <see cref="StepStoreOptions.BatchSize"/> records wait,
/// and at the latest every <see cref="StepStoreOptions.FlushInterval"/>. The queue is bounded by count
/// (<see cref="StepStoreOptions.QueueCapacity"/>) and by bytes (<see cref="StepStoreOptions.QueueCapacityBytes"/>);
/// when it is full, a record is dropped and counted (<see cref="DroppedRecords"/>, and one Warning line per burst) unless
/// <see cref="StepStoreOptions.WhenFull"/> says to wait. The writer starts with the store: a store package has
/// nothing of this to remember, only its SQL.
/// </summary>
public partial class QueuedStepStore : IStepStore, IDisposable
{
    private const int WriteAttempts = 3;

    private static readonly ILogger Log = StepLogging.CreateLogger("StepLog.Records");

    private static readonly Action<ILogger, string, string, long, Exception?> QueueFullWarning = LoggerMessage.Define<string, string, long>(
        LogLevel.Warning,
        new EventId(1, "StepRecordsDropped"),
        "{Store}: the queue of step records is full ({Limit}) and records are being dropped ({Dropped} so far, counted in DroppedRecords). " +
        "Raise QueueCapacity and QueueCapacityBytes, or set WhenFull = Wait to keep every record at the cost of waiting steps.");

    private readonly IStepRecordWriter _recordWriter;
    private readonly IStepRecordQueries _queries;
    private readonly string _name;
    private readonly object _gate = new();
    private readonly Queue<QueuedRecord> _queue = new();
    private readonly List<FlushWaiter> _flushWaiters = new();
    private readonly int _capacity;
    private readonly long _byteCapacity;
    private readonly int _batchSize;
    private readonly TimeSpan _flushInterval;
    private readonly StepStoreFullMode _whenFull;
    private readonly StepRetention? _retention;

    private long _queuedBytes;
    private bool _fullByBytes;
    private long _accepted;
    private long _settled;
    private long _dropped;
    private long _droppedWhenFull;
    private long _dropsSeenByWriter;
    private bool _inDropBurst;
    private int _failedWrites;
    private Exception? _lastWriteError;
    private bool _wakeRequested;
    private bool _closing;
    private TaskCompletionSource<bool>? _wakeSignal;
    private TaskCompletionSource<bool>? _roomSignal;
    private Task? _writer;
    private DateTimeOffset _nextRetention = DateTimeOffset.MinValue;
    private int _disposed;

    /// <summary>Composes a store of a database's writer and queries, and starts its background writer.</summary>
    /// <param name="writer">Writes batches and deletes expired records; disposed with the store when it is disposable.</param>
    /// <param name="queries">Answers the queries; disposed with the store when it is disposable and not the writer.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    /// <param name="name">
    /// The store's name in metrics (the <c>store</c> tag), warnings and errors; the writer's type name when null.
    /// </param>
    public QueuedStepStore(IStepRecordWriter writer, IStepRecordQueries queries, StepStoreOptions? options = null, string? name = null)
    {
        _recordWriter = writer ?? throw new ArgumentNullException(nameof(writer));
        _queries = queries ?? throw new ArgumentNullException(nameof(queries));
        _name = name ?? writer.GetType().Name;
        options ??= new StepStoreOptions();
        options.Validate();
        _capacity = options.QueueCapacity;
        _byteCapacity = options.QueueCapacityBytes;
        _batchSize = options.BatchSize;
        _flushInterval = options.FlushInterval;
        _whenFull = options.WhenFull;
        _retention = options.Retention;
        StartWriter();
    }

    /// <summary>The store's name in metrics, warnings and errors.</summary>
    public string Name => _name;

    /// <summary>The database's queries: what the <c>steplog</c> tool, the health check and the dashboard ask of the store.</summary>
    public IStepRecordQueries Queries => _queries;

    /// <summary>How many records were lost: dropped because the queue was full, or given up after failed writes.</summary>
    public long DroppedRecords => Interlocked.Read(ref _dropped);

    /// <summary>How many records wait in the queue now.</summary>
    public int QueuedRecords
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask AddAsync(StepRecord record, CancellationToken cancellationToken = default)
    {
        // Before the queue, so that the writer only ever sees records it can write, and a refusal reaches the caller.
        var queued = new QueuedRecord(RecordIntake.Take(record, out var bytes), bytes);
        var dropped = false;
        lock (_gate)
        {
            ThrowIfClosing();
            if (HasRoomFor(queued))
            {
                Enqueue(queued);
                return default;
            }

            if (_whenFull == StepStoreFullMode.Drop)
            {
                Interlocked.Increment(ref _dropped);
                Interlocked.Increment(ref _droppedWhenFull);
                dropped = true;
            }
        }

        if (dropped)
        {
            // Outside the lock: a metrics listener runs inside the count and must not hold up the store.
            StepMetrics.RecordsDroppedBy(_name, RecordDropReason.QueueFull, 1);
            return default;
        }

        return WaitForRoomAsync(queued, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        FlushWaiter waiter;
        lock (_gate)
        {
            if (_settled >= _accepted)
            {
                return default;
            }

            waiter = new FlushWaiter(_accepted, _failedWrites);
            _flushWaiters.Add(waiter);
            Wake();
        }

        return new ValueTask(WaitAsync(waiter.Completion.Task, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default) =>
        _queries.GetStepsAsync(subjectId, status, since, until, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
        _queries.GetRecentErrorsAsync(since, includeWarnings, cancellationToken);

    /// <summary>
    /// Deletes the records that <see cref="StepStoreOptions.Retention"/> says are expired, now. The writer also does
    /// this when the store opens and every <see cref="StepRetention.CheckInterval"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>How many records were deleted.</returns>
    public async Task<long> ApplyRetentionAsync(CancellationToken cancellationToken = default)
    {
        if (_retention is null)
        {
            return 0;
        }

        var now = DateTimeOffset.UtcNow;
        long deleted = 0;
        foreach (var status in StepStatusFacts.All)
        {
            if (_retention.CutoffFor(status, now) is { } before)
            {
                deleted += await _recordWriter.DeleteExpiredAsync(status, before, cancellationToken).ConfigureAwait(false);
            }
        }

        return deleted;
    }

    /// <summary>Writes everything queued, stops the writer, then disposes the database's writer and queries.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Task? writer;
        lock (_gate)
        {
            _closing = true;
            Wake();
            writer = _writer;
        }

        if (writer is not null)
        {
            await writer.ConfigureAwait(false);
        }

        LiveStores.Remove(this);

        await DisposeSidesAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>As <see cref="DisposeAsync"/>, waiting: for containers and code that dispose synchronously.</summary>
    public void Dispose()
    {
        DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    private static async ValueTask DisposeSideAsync(object side)
    {
        if (side is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else if (side is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private static TaskCompletionSource<bool> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled && !task.IsCompleted)
        {
            var cancelled = NewSignal();
            using (cancellationToken.Register(state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
            {
                if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }
        }

        await task.ConfigureAwait(false);
    }

    private void ThrowIfClosing()
    {
        if (_closing)
        {
            throw new ObjectDisposedException(_name, "The step store is disposed: no record can be added to it.");
        }
    }

    private void Enqueue(QueuedRecord queued)
    {
        _queue.Enqueue(queued);
        _queuedBytes += queued.Bytes;
        _accepted++;
        if (_queue.Count == _batchSize)
        {
            Wake();
        }
    }

    // Called under the gate.
    private void Wake()
    {
        _wakeRequested = true;
        _wakeSignal?.TrySetResult(true);
    }

    // Called once, from the constructor.
    private void StartWriter()
    {
        lock (_gate)
        {
            _writer = Task.Run(RunWriterAsync);
            LiveStores.Add(this);
        }
    }

    private async ValueTask DisposeSidesAsync()
    {
        await DisposeSideAsync(_recordWriter).ConfigureAwait(false);
        if (!ReferenceEquals(_queries, _recordWriter))
        {
            await DisposeSideAsync(_queries).ConfigureAwait(false);
        }
    }

    private async ValueTask WaitForRoomAsync(QueuedRecord queued, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task room;
            lock (_gate)
            {
                ThrowIfClosing();
                if (HasRoomFor(queued))
                {
                    Enqueue(queued);
                    return;
                }

                _roomSignal ??= NewSignal();
                room = _roomSignal.Task;
                Wake();
            }

            await WaitAsync(room, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class FlushWaiter(long target, int failedWritesBefore)
    {
        public long Target { get; } = target;

        public int FailedWritesBefore { get; } = failedWritesBefore;

        public TaskCompletionSource<bool> Completion { get; } = NewSignal();
    }
}
