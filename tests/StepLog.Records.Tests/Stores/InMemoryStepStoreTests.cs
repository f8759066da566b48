using StepLog.Records.Tests.Contract;

namespace StepLog.Records.Tests.Stores;

public sealed class InMemoryStepStoreTests : StepStoreContract
{
    protected override Task<IStepStore> CreateStoreAsync(StepStoreOptions? options) =>
        Task.FromResult<IStepStore>(new InMemoryStepStore(retention: options?.Retention));

    protected override Task<long> ApplyRetentionAsync(IStepStore store) => ((InMemoryStepStore)store).ApplyRetentionAsync();

    [Fact]
    public async Task A_record_is_visible_as_soon_as_it_is_added()
    {
        await Store.AddAsync(Record("doc1", "at once", T));

        Assert.Single(await Store.GetStepsAsync("doc1"));
    }

    [Fact]
    public async Task Past_its_capacity_the_store_forgets_the_oldest_and_counts_them()
    {
        var store = new InMemoryStepStore(capacity: 3);

        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(Record("doc1", "step " + i, T.AddSeconds(i)));
        }

        Assert.Equal(["step 2", "step 3", "step 4"], RecordAssert.Names(await store.GetStepsAsync("doc1")));
        Assert.Equal(2, store.EvictedRecords);
    }

    [Fact]
    public async Task Adding_after_the_check_interval_deletes_expired_records()
    {
        var store = new InMemoryStepStore(retention: new StepRetention { CheckInterval = TimeSpan.FromMilliseconds(1) });
        await store.AddAsync(Record("doc1", "expired", DateTimeOffset.UtcNow.AddDays(-8)));
        await Task.Delay(20);

        await store.AddAsync(Record("doc1", "new", T));

        Assert.Equal(["new"], RecordAssert.Names(await store.GetStepsAsync("doc1")));
    }

    [Fact]
    public async Task A_run_is_listed_and_read_whole_as_soon_as_its_records_are_added()
    {
        var store = new InMemoryStepStore();
        await store.AddAsync(Record("doc1", "Import", T, StepStatus.Running) with { Operation = "Import", OperationId = "run1" });
        await store.AddAsync(Record("doc1", "parse", T.AddSeconds(1)) with { Operation = "Import", OperationId = "run1", StepNumber = 1 });

        var page = await store.GetRunsAsync(new StepRunQuery());
        var run = await store.GetRunAsync("run1");

        Assert.Equal("run1", Assert.Single(page.Runs).OperationId);
        Assert.Equal(StepStatus.Running, page.Runs[0].Status);
        Assert.Equal(["Import", "parse"], RecordAssert.Names(run!.Records));
    }
}
