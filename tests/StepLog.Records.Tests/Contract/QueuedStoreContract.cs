namespace StepLog.Records.Tests.Contract;

/// <summary>
/// What the database stores add to the contract: a bounded queue in front of a background writer. A test stalls the
/// writer the way real life does, by holding the database's write lock from another connection
/// (<see cref="HoldWriteLockAsync"/>), so that the queue fills.
/// </summary>
public abstract class QueuedStoreContract : StepStoreContract
{
    /// <summary>Takes the database's write lock from a connection of the test's own, until the result is disposed.</summary>
    protected abstract Task<IAsyncDisposable> HoldWriteLockAsync();

    protected override Task<long> ApplyRetentionAsync(IStepStore store) => Queued(store).ApplyRetentionAsync();

    /// <summary>The queued store a database store composes, whose counts the tests read.</summary>
    protected static QueuedStepStore Queued(IStepStore store) => store switch
    {
        SqliteStepStore sqlite => sqlite.Queue,
        PostgresStepStore postgres => postgres.Queue,
        _ => (QueuedStepStore)store,
    };

    private static StepStoreOptions Small(StepStoreFullMode whenFull) =>
        new() { QueueCapacity = 10, BatchSize = 5, WhenFull = whenFull };

    [Fact]
    public async Task A_full_queue_drops_and_counts_without_making_the_step_wait()
    {
        var store = Queued(await OpenStoreAsync(Small(StepStoreFullMode.Drop)));
        var locked = await HoldWriteLockAsync();

        for (var i = 0; i < 100; i++)
        {
            var adding = store.AddAsync(Record("doc1", "step " + i, T.AddMilliseconds(i)));

            // Never waits: the record is queued or dropped on the spot.
            Assert.True(adding.IsCompletedSuccessfully, $"AddAsync of record {i} waited");
        }

        // The writer holds at most one batch (5) while it waits for the lock, and the queue holds 10.
        Assert.True(store.DroppedRecords >= 85, $"{store.DroppedRecords} records were dropped; at least 85 should be.");
        await locked.DisposeAsync();
        await store.FlushAsync();

        var kept = await store.GetStepsAsync("doc1");
        Assert.Equal(100, kept.Count + store.DroppedRecords);
        Assert.Equal("step 0", kept[0].StepName);
    }

    [Fact]
    public async Task WhenFull_Wait_holds_the_caller_until_there_is_room_and_loses_nothing()
    {
        var store = Queued(await OpenStoreAsync(Small(StepStoreFullMode.Wait)));
        var locked = await HoldWriteLockAsync();

        var adding = Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await store.AddAsync(Record("doc1", "step " + i, T.AddMilliseconds(i)));
            }
        });
        await WaitUntilAsync(() => store.QueuedRecords == 10, "the queue to fill");

        // With the writer stuck behind the lock, 100 records cannot all be queued: the caller is still waiting.
        Assert.False(adding.IsCompleted);
        await locked.DisposeAsync();
        await adding;
        await store.FlushAsync();

        Assert.Equal(100, (await store.GetStepsAsync("doc1")).Count);
        Assert.Equal(0, store.DroppedRecords);
    }

    [Fact]
    public async Task A_queue_full_by_bytes_drops_and_counts_like_a_queue_full_by_count()
    {
        var store = Queued(await OpenStoreAsync(new() { QueueCapacityBytes = 100_000, BatchSize = 5 }));
        // Disposed again at the end, so that a failed assertion does not leave the writer locked out.
        await using var locked = await HoldWriteLockAsync();

        for (var i = 0; i < 100; i++)
        {
            var adding = store.AddAsync(Large("doc1", i));
            Assert.True(adding.IsCompletedSuccessfully, $"AddAsync of record {i} waited");
        }

        // Each record holds 20 KB of text: the writer holds at most one batch (5), and 100 KB is room for at most 5 more.
        Assert.True(store.DroppedRecords >= 85, $"{store.DroppedRecords} records were dropped; at least 85 should be.");
        await locked.DisposeAsync();
        await store.FlushAsync();
        Assert.Equal(100, (await store.GetStepsAsync("doc1")).Count + store.DroppedRecords);
    }

    [Fact]
    public async Task WhenFull_Wait_waits_for_room_by_bytes_too_and_loses_nothing()
    {
        var store = Queued(await OpenStoreAsync(new() { QueueCapacityBytes = 100_000, BatchSize = 5, WhenFull = StepStoreFullMode.Wait }));
        // Disposed again at the end, so that a failed assertion does not leave the writer locked out.
        await using var locked = await HoldWriteLockAsync();

        var adding = Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await store.AddAsync(Large("doc1", i));
            }
        });
        await WaitUntilAsync(() => store.QueuedRecords >= 4, "the queue to fill");

        Assert.False(adding.IsCompleted);
        await locked.DisposeAsync();
        await adding;
        await store.FlushAsync();
        Assert.Equal(100, (await store.GetStepsAsync("doc1")).Count);
        Assert.Equal(0, store.DroppedRecords);
    }

    [Fact]
    public async Task A_record_larger_than_the_byte_bound_is_still_kept_when_the_queue_is_empty()
    {
        var store = Queued(await OpenStoreAsync(new() { QueueCapacityBytes = 1_000 }));

        await AddAllAsync(store, Large("doc1", 0));

        Assert.Single(await store.GetStepsAsync("doc1"));
        Assert.Equal(0, store.DroppedRecords);
    }

    private StepRecord Large(string subject, int i) =>
        Record(subject, "step " + i, T.AddMilliseconds(i)) with { Details = new Dictionary<string, object?> { ["text"] = new string('x', 10_000) } };

    [Fact]
    public async Task Disposing_writes_everything_queued()
    {
        var store = await OpenStoreAsync(new StepStoreOptions { FlushInterval = TimeSpan.FromHours(1) });
        for (var i = 0; i < 1_000; i++)
        {
            await store.AddAsync(Record("doc1", "step " + i, T.AddMilliseconds(i)));
        }

        await store.DisposeAsync();

        var reopened = await OpenStoreAsync();
        Assert.Equal(1_000, (await reopened.GetStepsAsync("doc1")).Count);
    }

    [Fact]
    public async Task Adding_to_a_disposed_store_is_a_clear_error()
    {
        var store = await OpenStoreAsync();
        await store.DisposeAsync();

        var error = await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AddAsync(Record("doc1", "late", T)).AsTask());
        Assert.Contains("disposed", error.Message);
    }

    [Fact]
    public async Task The_writer_writes_on_its_own_within_the_flush_interval()
    {
        var store = await OpenStoreAsync(new StepStoreOptions { FlushInterval = TimeSpan.FromMilliseconds(50) });
        await store.AddAsync(Record("doc1", "unflushed", T));

        // No FlushAsync: the record must appear by itself.
        await WaitUntilAsync(async () => (await store.GetStepsAsync("doc1")).Count == 1, "the record to be written");
    }

    [Fact]
    public async Task Retention_runs_on_its_schedule()
    {
        var options = new StepStoreOptions { Retention = new StepRetention { CheckInterval = TimeSpan.FromMilliseconds(50) } };
        var store = await OpenStoreAsync(options);

        // Written after the pass the store makes when it opens: only a later, scheduled pass deletes the expired one.
        await AddAllAsync(store, Record("doc1", "expired", DateTimeOffset.UtcNow.AddDays(-8)), Record("doc1", "kept", T));

        await WaitUntilAsync(async () => RecordAssert.Names(await store.GetStepsAsync("doc1")).SequenceEqual(["kept"]), "the expired record to be deleted");
    }

    [Fact]
    public async Task Two_stores_write_one_database_at_once()
    {
        var other = await OpenStoreAsync();

        await Task.WhenAll(
            Task.Run(() => AddManyAsync(Store, "first", 3_000)),
            Task.Run(() => AddManyAsync(other, "second", 3_000)));

        Assert.Equal(3_000, (await other.GetStepsAsync("first")).Count);
        Assert.Equal(3_000, (await Store.GetStepsAsync("second")).Count);
        Assert.Equal(0, Queued(Store).DroppedRecords + Queued(other).DroppedRecords);
    }

    protected async Task AddManyAsync(IStepStore store, string subject, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await store.AddAsync(Record(subject, "step " + i, T.AddMilliseconds(i)));
        }

        await store.FlushAsync();
    }

    /// <summary>Waits for a condition that the code under test makes true on its own, failing after 20 seconds.</summary>
    protected static Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(() => Task.FromResult(condition()), what);

    protected static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting for {what}.");
            await Task.Delay(10);
        }
    }
}
