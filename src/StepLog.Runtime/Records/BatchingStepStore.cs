using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace StepLog.Records;

/// <summary>
/// The base of the database stores: <see cref="AddAsync"/> puts a record in a bounded in-memory queue and returns,
/// and one background writer takes the queue in batches, each written in one transaction by
/// <see cref="WriteBatchAsync"/>. The writer writes as soon as <see cref="StepStoreOptions.BatchSize"/> records wait,
/// and at the latest every <see cref="StepStoreOptions.FlushInterval"/>. The queue is bounded by count
/// (<see cref="StepStoreOptions.QueueCapacity"/>) and by bytes (<see cref="StepStoreOptions.QueueCapacityBytes"/>);
/// when it is full, a record is dropped and counted (<see cref="DroppedRecords"/>, and one Warning line per burst) unless
/// <see cref="StepStoreOptions.WhenFull"/> says to wait. A derived store opens its database, then calls
/// <see cref="StartWriter"/>.
/// </summary>
public abstract partial class BatchingStepStore : IStepStore, IDisposable
{
    private const int WriteAttempts = 3;

    private static readonly ILogger Log = StepLogging.CreateLogger("StepLog.Records");

    private static readonly Action<ILogger, string, string, long, Exception?> QueueFullWarning = LoggerMessage.Define<string, string, long>(
        LogLevel.Warning,
        new EventId(1, "StepRecordsDropped"),
        "{Store}: the queue of step records is full ({Limit}) and records are being dropped ({Dropped} so far, counted in DroppedRecords). " +
        "Raise QueueCapacity and QueueCapacityBytes, or set WhenFull = Wait to keep every record at the cost of waiting steps.");

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

    /// <summary>Takes the queue's settings; the writer starts with <see cref="StartWriter"/>.</summary>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    protected BatchingStepStore(StepStoreOptions? options)
    {
        options ??= new StepStoreOptions();
        options.Validate();
        _capacity = options.QueueCapacity;
        _byteCapacity = options.QueueCapacityBytes;
        _batchSize = options.BatchSize;
        _flushInterval = options.FlushInterval;
        _whenFull = options.WhenFull;
        _retention = options.Retention;
    }

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
            StepMetrics.RecordsDroppedBy(GetType().Name, RecordDropReason.QueueFull, 1);
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

            if (_writer is null)
            {
                throw new InvalidOperationException($"{GetType().Name} has not started its writer: a derived store must call StartWriter() once its database is open.");
            }

            waiter = new FlushWaiter(_accepted, _failedWrites);
            _flushWaiters.Add(waiter);
            Wake();
        }

        return new ValueTask(WaitAsync(waiter.Completion.Task, cancellationToken));
    }

    /// <inheritdoc/>
    public abstract Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public abstract Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default);

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
                deleted += await DeleteExpiredAsync(status, before, cancellationToken).ConfigureAwait(false);
            }
        }

        return deleted;
    }

    /// <summary>Writes everything queued, stops the writer, then releases the database (<see cref="DisposeCoreAsync"/>).</summary>
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

        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>As <see cref="DisposeAsync"/>, waiting: for containers and code that dispose synchronously.</summary>
    public void Dispose()
    {
        DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the background writer. Call it once, at the end of the derived store's constructor.</summary>
    protected void StartWriter()
    {
        lock (_gate)
        {
            if (_writer is not null)
            {
                throw new InvalidOperationException("StartWriter() was already called.");
            }

            _writer = Task.Run(RunWriterAsync);
            LiveStores.Add(this);
        }
    }

    /// <summary>
    /// Writes <paramref name="batch"/> in one transaction: all of it or nothing. A failure is retried twice; then the
    /// batch is split until the records the database refuses are alone, and only those are dropped and counted (all
    /// of it when the database takes no part of it).
    /// </summary>
    /// <param name="batch">The records, in the order they were added.</param>
    /// <param name="cancellationToken">Not cancelled today; for a future shutdown deadline.</param>
    protected abstract Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken);

    /// <summary>Deletes the records of <paramref name="status"/> with a timestamp before <paramref name="before"/>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="before">The cutoff (exclusive).</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>How many records were deleted.</returns>
    protected abstract Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Releases the database, after the writer wrote everything queued.</summary>
    protected virtual ValueTask DisposeCoreAsync() => default;

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
            throw new ObjectDisposedException(GetType().Name, "The step store is disposed: no record can be added to it.");
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
