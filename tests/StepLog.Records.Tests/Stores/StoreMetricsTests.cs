using StepLog.Testing;

namespace StepLog.Records.Tests.Stores;

/// <summary>
/// What a batching store counts on the StepLog meter, tagged with its type's short name: records written, records
/// dropped and why, and records waiting in its queue. A store type of the test's own keeps its counts apart from the
/// other tests' stores that run meanwhile.
/// </summary>
public sealed class StoreMetricsTests
{
    [Fact]
    public async Task Records_a_store_writes_are_counted_under_its_type_name()
    {
        using var metrics = new MetricCapture();
        await using var store = new WrittenProbeStore().Open();

        for (var i = 0; i < 7; i++)
        {
            await store.AddAsync(new StepRecord("doc1", "step " + i, StepStatus.Success));
        }

        await store.FlushAsync();

        Assert.Equal(7, metrics.Of("steplog.records.written", "store", nameof(WrittenProbeStore)).Sum(m => m.Value));
        Assert.Empty(metrics.Of("steplog.records.dropped", "store", nameof(WrittenProbeStore)));
    }

    [Fact]
    public async Task Records_dropped_from_a_full_queue_are_counted_with_the_reason_queue_full()
    {
        using var metrics = new MetricCapture();
        var database = new GatedProbeStore();
        await using var store = database.Open(new StepStoreOptions { QueueCapacity = 2, BatchSize = 2, Retention = null });
        try
        {
            // The writer takes two and waits at the gate; two more fill the queue; the next three are dropped.
            await store.AddAsync(new StepRecord("doc1", "taken", StepStatus.Success));
            await store.AddAsync(new StepRecord("doc1", "taken", StepStatus.Success));
            await database.Writing.WaitAsync(TimeSpan.FromSeconds(30));
            for (var i = 0; i < 5; i++)
            {
                await store.AddAsync(new StepRecord("doc1", "step " + i, StepStatus.Success));
            }

            Assert.Equal(3, store.DroppedRecords);
            var dropped = metrics.Of("steplog.records.dropped", "store", nameof(GatedProbeStore));
            Assert.Equal(["reason=queue_full,store=GatedProbeStore: 3"], Totals(dropped));
        }
        finally
        {
            database.Gate.TrySetResult();
        }
    }

    [Fact]
    public async Task Records_given_up_after_failed_writes_are_counted_with_the_reason_write_failed()
    {
        using var metrics = new MetricCapture();
        await using var store = new FailingProbeStore().Open();
        await store.AddAsync(new StepRecord("doc1", "lost", StepStatus.Success));
        await store.AddAsync(new StepRecord("doc1", "lost too", StepStatus.Success));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        var dropped = metrics.Of("steplog.records.dropped", "store", nameof(FailingProbeStore));
        Assert.Equal(["reason=write_failed,store=FailingProbeStore: 2"], Totals(dropped));
        Assert.Empty(metrics.Of("steplog.records.written", "store", nameof(FailingProbeStore)));
    }

    [Fact]
    public async Task Records_waiting_in_the_queue_are_observable_until_the_store_is_disposed()
    {
        using var metrics = new MetricCapture();
        var database = new QueuedProbeStore();
        var store = database.Open(new StepStoreOptions { BatchSize = 1, Retention = null });
        try
        {
            await store.AddAsync(new StepRecord("doc1", "taken", StepStatus.Success));
            await database.Writing.WaitAsync(TimeSpan.FromSeconds(30));
            for (var i = 0; i < 4; i++)
            {
                await store.AddAsync(new StepRecord("doc1", "waiting " + i, StepStatus.Success));
            }

            metrics.RecordObservables();

            Assert.Equal(4, Assert.Single(metrics.Of("steplog.records.queued", "store", nameof(QueuedProbeStore))).Value);
        }
        finally
        {
            database.Gate.TrySetResult();
            await store.DisposeAsync();
        }

        var seen = metrics.Of("steplog.records.queued", "store", nameof(QueuedProbeStore)).Count;
        metrics.RecordObservables();
        Assert.Equal(seen, metrics.Of("steplog.records.queued", "store", nameof(QueuedProbeStore)).Count);
    }

    private static string[] Totals(IEnumerable<Measurement> measurements) =>
        measurements.GroupBy(m => m.TagSet).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ": " + g.Sum(m => m.Value)).ToArray();

    /// <summary>A database that takes every write; the store composed on it is named after its type.</summary>
    private class ProbeStore : StepsOnlyQueries, IStepRecordWriter
    {
        public QueuedStepStore Open(StepStoreOptions? options = null) => new(this, this, options ?? new StepStoreOptions { Retention = null });

        public override Task<IReadOnlyList<StepRecord>> GetStepsAsync(string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public override Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken) => WriteAsync(batch);

        public Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected virtual Task WriteAsync(IReadOnlyList<StepRecord> batch) => Task.CompletedTask;
    }

    private sealed class WrittenProbeStore : ProbeStore;

    private sealed class FailingProbeStore : ProbeStore
    {
        protected override Task WriteAsync(IReadOnlyList<StepRecord> batch) => throw new IOException("database is gone");
    }

    /// <summary>A store whose first write waits at a gate the test opens.</summary>
    private class GateProbeStore : ProbeStore
    {
        private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Writing => _writing.Task;

        protected override async Task WriteAsync(IReadOnlyList<StepRecord> batch)
        {
            _writing.TrySetResult();
            await Gate.Task;
        }
    }

    private sealed class GatedProbeStore : GateProbeStore;

    private sealed class QueuedProbeStore : GateProbeStore;
}
