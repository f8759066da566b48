using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// A store in the process's memory, for tests, samples and short-lived tools: a record is visible to queries as soon
/// as it is added. It keeps at most <see cref="Capacity"/> records (the oldest go first, counted in
/// <see cref="EvictedRecords"/>) and applies the same retention as the database stores. It answers the dashboard's
/// queries (<see cref="IStepRecordQueries"/>) by reading its records.
/// </summary>
public sealed class InMemoryStepStore : IStepStore, IStepRecordQueries, IDisposable
{
    private readonly object _gate = new();
    private readonly StepRetention? _retention;
    private Queue<StepRecord> _records = new();
    private long _evicted;
    private DateTimeOffset _nextRetention;

    /// <summary>Creates an empty store.</summary>
    /// <param name="capacity">The most records kept (default 100,000).</param>
    /// <param name="retention">How long records are kept by status; null (the default) uses <see cref="StepRetention"/>'s defaults.</param>
    public InMemoryStepStore(int capacity = 100_000, StepRetention? retention = null)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "An InMemoryStepStore must be able to keep at least one record.");
        }

        Capacity = capacity;
        _retention = retention ?? new StepRetention();
        _nextRetention = DateTimeOffset.UtcNow + _retention.CheckInterval;
    }

    /// <summary>The most records kept.</summary>
    public int Capacity { get; }

    /// <summary>How many records were removed to keep within <see cref="Capacity"/>.</summary>
    public long EvictedRecords => Interlocked.Read(ref _evicted);

    /// <summary>How many records the store holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask AddAsync(StepRecord record, CancellationToken cancellationToken = default)
    {
        // Refused, repaired and frozen as the database stores would keep it: the caller may reuse its dictionary.
        record = RecordIntake.Take(record, out _);

        lock (_gate)
        {
            if (DateTimeOffset.UtcNow >= _nextRetention)
            {
                RemoveExpired();
            }

            if (_records.Count == Capacity)
            {
                _records.Dequeue();
                _evicted++;
            }

            _records.Enqueue(record);
        }

        return default;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default)
    {
        subjectId = QueryArguments.SubjectKey(subjectId);

        lock (_gate)
        {
            IReadOnlyList<StepRecord> found = _records
                .Where(record => record.SubjectId == subjectId
                    && (status is null || record.Status == status)
                    && (since is null || record.Timestamp >= since)
                    && (until is null || record.Timestamp < until))
                .OrderBy(record => record.Timestamp)
                .ThenBy(record => record.Sequence)
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // Reversed first, so that the stable sort leaves records with equal timestamp and sequence newest first too.
            IReadOnlyList<StepRecord> found = _records
                .Reverse()
                .Where(record => record.Timestamp >= since
                    && (record.IsError || (includeWarnings && record.Status == StepStatus.Warning)))
                .OrderByDescending(record => record.Timestamp)
                .ThenByDescending(record => record.Sequence)
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task<StepRunPage> GetRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemoryQueries.Runs(Snapshot(), query));

    /// <inheritdoc/>
    public Task<StepRunDetail?> GetRunAsync(string operationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemoryQueries.Run(Snapshot(), operationId));

    /// <inheritdoc/>
    public Task<StepOverview> GetOverviewAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var window = OverviewWindow.Of(since, until, bucket);
        return Task.FromResult(InMemoryQueries.Overview(Snapshot(), window));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepErrorGroup>> GetErrorGroupsAsync(
        DateTimeOffset since, bool includeWarnings = false, int limit = 100, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemoryQueries.ErrorGroups(Snapshot(), since, includeWarnings, limit));

    /// <summary>Nothing to do: a record is visible as soon as it is added.</summary>
    /// <param name="cancellationToken">Unused.</param>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => default;

    /// <summary>Deletes the records that the retention says are expired, now; adding does so too, every <see cref="StepRetention.CheckInterval"/>.</summary>
    /// <param name="cancellationToken">Unused.</param>
    /// <returns>How many records were deleted.</returns>
    public Task<long> ApplyRetentionAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(RemoveExpired());
        }
    }

    /// <summary>Forgets every record.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => default;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private StepRecord[] Snapshot()
    {
        lock (_gate)
        {
            return _records.ToArray();
        }
    }

    // Called under the gate.
    private long RemoveExpired()
    {
        var now = DateTimeOffset.UtcNow;
        _nextRetention = now + _retention!.CheckInterval;
        var cutoffs = new DateTimeOffset?[7];
        foreach (var status in StepStatusFacts.All)
        {
            cutoffs[(int)status] = _retention.CutoffFor(status, now);
        }

        var kept = new Queue<StepRecord>(_records.Where(record => !(cutoffs[(int)record.Status] is { } before && record.Timestamp < before)));
        var removed = _records.Count - kept.Count;
        _records = kept;
        return removed;
    }
}
