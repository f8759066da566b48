namespace StepLog.Records.Tests.Stores;

/// <summary>
/// What StepLog's queued store owes a store package that gives it only a writer and queries: it writes without being
/// started, answers queries from the queries, and disposes what it was given once, after the last batch is written.
/// </summary>
public sealed class QueuedStepStoreTests
{
    [Fact]
    public async Task A_writer_and_queries_are_a_store_that_writes_without_being_started()
    {
        var database = new ListDatabase();
        await using var store = new QueuedStepStore(database, database, new StepStoreOptions { Retention = null });

        await store.AddAsync(new StepRecord("doc1", "parse", StepStatus.Success));
        await store.FlushAsync();

        Assert.Equal("parse", Assert.Single(await store.GetStepsAsync("doc1")).StepName);
    }

    [Fact]
    public async Task Disposing_writes_the_queue_then_disposes_a_writer_that_is_also_the_queries_once()
    {
        var database = new ListDatabase();
        var store = new QueuedStepStore(database, database, new StepStoreOptions { Retention = null, FlushInterval = TimeSpan.FromHours(1) });
        await store.AddAsync(new StepRecord("doc1", "parse", StepStatus.Success));

        await store.DisposeAsync();

        Assert.Equal(["write 1", "dispose"], database.Calls);
    }

    [Fact]
    public async Task Separate_queries_are_disposed_too()
    {
        var writer = new ListDatabase();
        var queries = new ListDatabase();
        var store = new QueuedStepStore(writer, queries, new StepStoreOptions { Retention = null });

        await store.DisposeAsync();

        Assert.Equal(["dispose"], writer.Calls);
        Assert.Equal(["dispose"], queries.Calls);
    }

    [Fact]
    public void A_store_without_a_writer_says_which_argument_is_missing()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new QueuedStepStore(null!, new ListDatabase()));

        Assert.Equal("writer", error.ParamName);
    }

    [Fact]
    public async Task The_store_is_named_after_its_writer_unless_given_a_name()
    {
        var database = new ListDatabase();
        await using var unnamed = new QueuedStepStore(database, database, new StepStoreOptions { Retention = null });
        await using var named = new QueuedStepStore(database, database, new StepStoreOptions { Retention = null }, "Orders");

        Assert.Equal(nameof(ListDatabase), unnamed.Name);
        Assert.Equal("Orders", named.Name);
    }

    /// <summary>A database that is a list, and a log of what was asked of it.</summary>
    private sealed class ListDatabase : StepsOnlyQueries, IStepRecordWriter, IDisposable
    {
        private readonly List<StepRecord> _records = [];

        public List<string> Calls { get; } = [];

        public Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
        {
            lock (_records)
            {
                Calls.Add("write " + batch.Count);
                _records.AddRange(batch);
            }

            return Task.CompletedTask;
        }

        public Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0L);

        public override Task<IReadOnlyList<StepRecord>> GetStepsAsync(string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default)
        {
            lock (_records)
            {
                return Task.FromResult<IReadOnlyList<StepRecord>>(_records.Where(record => record.SubjectId == subjectId).ToList());
            }
        }

        public override Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StepRecord>>([]);

        public void Dispose()
        {
            lock (_records)
            {
                Calls.Add("dispose");
            }
        }
    }
}
