namespace StepLog.Records.Tests.Stores;

/// <summary>What the batching writer does when its database keeps failing: retries, then drops, counts and says so.</summary>
public sealed class FailingWritesTests
{
    [Fact]
    public async Task A_batch_that_cannot_be_written_is_retried_then_counted_and_the_flush_fails_with_the_cause()
    {
        await using var store = new BrokenStore();
        await store.AddAsync(new StepRecord("doc1", "lost", StepStatus.Success));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        Assert.Equal(3, store.Attempts);
        Assert.Equal(1, store.DroppedRecords);
        Assert.Contains("DroppedRecords", error.Message);
        Assert.Equal("database is gone", error.InnerException?.Message);
    }

    private sealed class BrokenStore : BatchingStepStore
    {
        public BrokenStore()
            : base(new StepStoreOptions { Retention = null }) => StartWriter();

        public int Attempts { get; private set; }

        public override Task<IReadOnlyList<StepRecord>> GetStepsAsync(string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public override Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        protected override Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
        {
            Attempts++;
            throw new IOException("database is gone");
        }

        protected override Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
