using StepLog.Records.Tests.Recording;

namespace StepLog.Records.Tests.Stores;

/// <summary>
/// What the batching writer does when its database fails: retries, then, if the database takes part of the batch,
/// splits it until only the record it refuses is dropped; if it takes nothing, drops the batch. Always counted and said.
/// </summary>
[Collection(GlobalRecording.Name)]
public sealed class FailingWritesTests : IDisposable
{
    private readonly Action<Exception>? _faultHandler = StepLogging.LoggingFault;
    private readonly List<Exception> _faults = [];

    public FailingWritesTests() => StepLogging.LoggingFault = fault =>
    {
        lock (_faults)
        {
            _faults.Add(fault);
        }
    };

    public void Dispose() => StepLogging.LoggingFault = _faultHandler;

    [Fact]
    public async Task A_batch_that_cannot_be_written_is_retried_then_counted_and_the_flush_fails_with_the_cause()
    {
        var database = new TestDatabase(refuses: _ => true);
        await using var store = database.Open();
        await store.AddAsync(new StepRecord("doc1", "lost", StepStatus.Success));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        Assert.Equal(3, database.Attempts);
        Assert.Equal(1, store.DroppedRecords);
        Assert.Contains("DroppedRecords", error.Message);
        Assert.Equal("database is gone", error.InnerException?.Message);
    }

    [Fact]
    public async Task A_record_the_database_refuses_costs_only_itself_counted_and_named_once()
    {
        var database = new TestDatabase(refuses: record => record.StepName == "poison");
        await using var store = database.Open();
        for (var i = 0; i < 1_000; i++)
        {
            await store.AddAsync(new StepRecord("doc" + i, i == 500 ? "poison" : "step", StepStatus.Success));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        Assert.Equal(999, database.Written.Count);
        Assert.DoesNotContain(database.Written, record => record.StepName == "poison");
        Assert.Equal(1, store.DroppedRecords);
        var fault = Assert.Single(_faults);
        Assert.Contains("'doc500'", fault.Message);
        Assert.Contains("'poison'", fault.Message);
        Assert.Contains("database is gone", fault.Message);
        Assert.Contains("DroppedRecords", fault.Message);
    }

    [Fact]
    public async Task Records_the_database_refuses_in_both_halves_of_a_batch_cost_only_themselves()
    {
        var database = new TestDatabase(refuses: record => record.StepName == "poison");
        await using var store = database.Open();
        for (var i = 0; i < 1_000; i++)
        {
            await store.AddAsync(new StepRecord("doc" + i, i is 100 or 900 ? "poison" : "step", StepStatus.Success));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        Assert.Equal(998, database.Written.Count);
        Assert.Equal(2, store.DroppedRecords);
        var fault = Assert.Single(_faults);
        Assert.Contains("'doc100'", fault.Message);
        Assert.Contains("'doc900'", fault.Message);
    }

    [Fact]
    public async Task Past_ten_refused_records_a_batch_stops_splitting_and_drops_the_rest_of_what_fails_whole()
    {
        // A database that starts refusing much of a batch (a new constraint, or going down half way) must not cost a
        // split and three attempts for every record.
        var database = new TestDatabase(refuses: record => record.StepName == "poison");
        await using var store = database.Open();
        for (var i = 0; i < 1_000; i++)
        {
            // 50 refused records, all in the second half: the database takes the first.
            await store.AddAsync(new StepRecord("doc" + i, i >= 500 && i % 10 == 0 ? "poison" : "step", StepStatus.Success));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        Assert.DoesNotContain(database.Written, record => record.StepName == "poison");
        Assert.True(database.Written.Count >= 500, $"{database.Written.Count} written: the first half is.");
        Assert.Equal(1_000, database.Written.Count + store.DroppedRecords);
        Assert.True(store.DroppedRecords > 50, $"{store.DroppedRecords} dropped: past ten refused, good records go with the rest.");
        Assert.True(database.Attempts < 150, $"{database.Attempts} attempts");
        var fault = Assert.Single(_faults);
        Assert.Contains("'doc500'", fault.Message);
        Assert.Contains("given up", fault.Message);
    }

    [Fact]
    public async Task A_database_that_takes_no_part_of_a_batch_loses_the_batch_without_trying_each_record()
    {
        var database = new TestDatabase(refuses: _ => true);
        await using var store = database.Open();
        for (var i = 0; i < 100; i++)
        {
            await store.AddAsync(new StepRecord("doc" + i, "step", StepStatus.Success));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.FlushAsync().AsTask());

        // Three attempts of the batch, then one of each half, then one record of each half alone.
        Assert.Equal(7, database.Attempts);
        Assert.Equal(100, store.DroppedRecords);
        Assert.Contains("100 step records", Assert.Single(_faults).Message);
    }

    /// <summary>A database that refuses the records the test says, and keeps the rest in a list.</summary>
    private sealed class TestDatabase(Func<StepRecord, bool> refuses) : StepsOnlyQueries, IStepRecordWriter
    {
        public int Attempts { get; private set; }

        public List<StepRecord> Written { get; } = [];

        public QueuedStepStore Open() =>
            new(this, this, new StepStoreOptions { Retention = null, FlushInterval = TimeSpan.FromHours(1) });

        public override Task<IReadOnlyList<StepRecord>> GetStepsAsync(string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public override Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
        {
            Attempts++;
            if (batch.Any(refuses))
            {
                throw new IOException("database is gone");
            }

            Written.AddRange(batch);
            return Task.CompletedTask;
        }

        public Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
