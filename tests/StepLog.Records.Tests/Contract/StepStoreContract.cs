namespace StepLog.Records.Tests.Contract;

/// <summary>
/// What every <see cref="IStepStore"/> promises, run against each store by a derived class. Each test gets an empty
/// database of its own (<see cref="OpenStoreAsync"/> opens further stores on the same one).
/// </summary>
public abstract partial class StepStoreContract : IAsyncLifetime
{
    private readonly List<IStepStore> _opened = [];

    /// <summary>An hour ago, to the tick: recent enough for any retention, old enough to stay in the past.</summary>
    protected DateTimeOffset T { get; } = DateTimeOffset.UtcNow.AddHours(-1);

    protected IStepStore Store { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Store = await OpenStoreAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>A store on this test's database, disposed after the test.</summary>
    protected async Task<IStepStore> OpenStoreAsync(StepStoreOptions? options = null)
    {
        var store = await CreateStoreAsync(options);
        _opened.Add(store);
        return store;
    }

    protected abstract Task<IStepStore> CreateStoreAsync(StepStoreOptions? options);

    protected abstract Task<long> ApplyRetentionAsync(IStepStore store);

    protected static StepRecord Record(string subject, string step, DateTimeOffset at, StepStatus status = StepStatus.Success, long sequence = 0) =>
        new(subject, step, status) { Timestamp = at, Sequence = sequence };

    protected async Task AddAllAsync(IStepStore store, params StepRecord[] records)
    {
        foreach (var record in records)
        {
            await store.AddAsync(record);
        }

        await store.FlushAsync();
    }

    [Fact]
    public async Task Steps_come_back_oldest_first_then_by_sequence_then_as_added()
    {
        await AddAllAsync(
            Store,
            Record("doc1", "third", T.AddSeconds(2)),
            Record("doc1", "first", T),
            Record("doc1", "fifth", T.AddSeconds(3), sequence: 9),
            Record("doc1", "second", T.AddSeconds(1)),
            Record("doc1", "fourth", T.AddSeconds(3), sequence: 5),
            Record("doc1", "sixth", T.AddSeconds(4), sequence: 1),
            Record("doc1", "seventh", T.AddSeconds(4), sequence: 1));

        var steps = await Store.GetStepsAsync("doc1");

        Assert.Equal(["first", "second", "third", "fourth", "fifth", "sixth", "seventh"], RecordAssert.Names(steps));
    }

    [Fact]
    public async Task Since_is_inclusive_and_until_exclusive()
    {
        await AddAllAsync(
            Store,
            Record("doc1", "before", T.AddTicks(-1)),
            Record("doc1", "at since", T),
            Record("doc1", "between", T.AddMinutes(1)),
            Record("doc1", "just before until", T.AddMinutes(2).AddTicks(-1)),
            Record("doc1", "at until", T.AddMinutes(2)));

        Assert.Equal(["at since", "between", "just before until"], RecordAssert.Names(await Store.GetStepsAsync("doc1", since: T, until: T.AddMinutes(2))));
        Assert.Equal(["at since", "between", "just before until", "at until"], RecordAssert.Names(await Store.GetStepsAsync("doc1", since: T)));
        Assert.Equal(["before", "at since", "between", "just before until"], RecordAssert.Names(await Store.GetStepsAsync("doc1", until: T.AddMinutes(2))));
    }

    [Fact]
    public async Task A_status_filter_returns_that_status_only()
    {
        await AddAllAsync(
            Store,
            Record("doc1", "running", T, StepStatus.Running),
            Record("doc1", "retry 1", T.AddSeconds(1), StepStatus.Error),
            Record("doc1", "retry 2", T.AddSeconds(2), StepStatus.Error),
            Record("doc1", "failed", T.AddSeconds(3), StepStatus.Failed));

        Assert.Equal(["retry 1", "retry 2"], RecordAssert.Names(await Store.GetStepsAsync("doc1", StepStatus.Error)));
        Assert.Empty(await Store.GetStepsAsync("doc1", StepStatus.Skipped));
    }

    [Fact]
    public async Task Subjects_are_compared_exactly()
    {
        await AddAllAsync(
            Store,
            Record("doc1", "mine", T),
            Record("Doc1", "other case", T),
            Record("doc10", "longer", T),
            Record("doc", "prefix", T));

        Assert.Equal(["mine"], RecordAssert.Names(await Store.GetStepsAsync("doc1")));
        Assert.Empty(await Store.GetStepsAsync("doc%"));
    }

    [Fact]
    public async Task Recent_errors_are_errors_and_failures_of_every_subject_newest_first()
    {
        await AddAllAsync(
            Store,
            Record("doc1", "too old", T.AddTicks(-1), StepStatus.Failed),
            Record("doc1", "error at since", T, StepStatus.Error),
            Record("doc2", "warning", T.AddSeconds(1), StepStatus.Warning),
            Record("doc2", "success", T.AddSeconds(2)),
            Record("doc3", "failed", T.AddSeconds(3), StepStatus.Failed),
            Record("doc1", "later error, low sequence", T.AddSeconds(4), StepStatus.Error, sequence: 1),
            Record("doc2", "later error, high sequence", T.AddSeconds(4), StepStatus.Error, sequence: 2));

        var errors = await Store.GetRecentErrorsAsync(T);
        var withWarnings = await Store.GetRecentErrorsAsync(T, includeWarnings: true);

        Assert.Equal(["later error, high sequence", "later error, low sequence", "failed", "error at since"], RecordAssert.Names(errors));
        Assert.Equal(["later error, high sequence", "later error, low sequence", "failed", "warning", "error at since"], RecordAssert.Names(withWarnings));
    }

    [Fact]
    public async Task Every_field_and_detail_comes_back_as_written()
    {
        var details = new Dictionary<string, object?>
        {
            ["text"] = "5000 chars, \"quoted\", ünïcødé 🚀",
            ["int"] = 5000,
            ["long"] = 9_000_000_000L,
            ["negative"] = -3,
            ["double"] = 1.5,
            ["whole double"] = 2.0,
            ["huge double"] = 1e300,
            ["decimal"] = 2.25m,
            ["true"] = true,
            ["false"] = false,
            ["null"] = null,
            ["empty"] = "",
        };
        var written = new StepRecord("doc123", "text_extraction", StepStatus.Warning)
        {
            Operation = "ProcessDocument",
            OperationId = "a1b2c3d4",
            StepNumber = 2,
            TotalSteps = 5,
            Details = details,
            DurationMs = 1500.25,
            ErrorMessage = "low confidence on page 3",
            Timestamp = T.AddTicks(1234567),
            Sequence = 42,
        };
        var bare = new StepRecord("doc123", "bare", StepStatus.Pending) { Timestamp = T.AddMinutes(1) };

        await AddAllAsync(Store, written, bare);
        var steps = await Store.GetStepsAsync("doc123");

        Assert.Equal(2, steps.Count);
        RecordAssert.Same(written with { Details = new Dictionary<string, object?>
        {
            ["text"] = "5000 chars, \"quoted\", ünïcødé 🚀",
            ["int"] = 5000L,
            ["long"] = 9_000_000_000L,
            ["negative"] = -3L,
            ["double"] = 1.5,
            ["whole double"] = 2.0,
            ["huge double"] = 1e300,
            ["decimal"] = 2.25,
            ["true"] = true,
            ["false"] = false,
            ["null"] = null,
            ["empty"] = "",
        } }, steps[0]);
        RecordAssert.Same(bare, steps[1]);
        Assert.NotNull(steps[1].Details);
        Assert.Empty(steps[1].Details);
    }

    [Fact]
    public async Task A_subject_that_looks_like_SQL_is_just_a_subject()
    {
        const string Hostile = "doc'; DROP TABLE steplog_records;--";
        await AddAllAsync(
            Store,
            Record(Hostile, "x' OR '1'='1", T, StepStatus.Failed),
            Record("doc1", "innocent", T));

        var hostile = await Store.GetStepsAsync(Hostile);

        Assert.Equal(Hostile, Assert.Single(hostile).SubjectId);
        Assert.Equal("x' OR '1'='1", hostile[0].StepName);
        Assert.Empty(await Store.GetStepsAsync("doc' OR '1'='1"));
        Assert.Equal(["innocent"], RecordAssert.Names(await Store.GetStepsAsync("doc1")));
    }

    [Fact]
    public async Task Flush_makes_every_record_added_before_it_visible()
    {
        for (var i = 0; i < 2_500; i++)
        {
            await Store.AddAsync(Record("doc1", "step " + i, T.AddMilliseconds(i)));
        }

        await Store.FlushAsync();

        var steps = await Store.GetStepsAsync("doc1");
        Assert.Equal(2_500, steps.Count);
        Assert.Equal("step 2499", steps[^1].StepName);
    }

    [Fact]
    public async Task Retention_deletes_by_status_and_age()
    {
        var now = DateTimeOffset.UtcNow;
        await AddAllAsync(
            Store,
            Record("doc1", "success 8 days", now.AddDays(-8)),
            Record("doc1", "skipped 8 days", now.AddDays(-8), StepStatus.Skipped),
            Record("doc1", "failed 31 days", now.AddDays(-31), StepStatus.Failed),
            Record("doc1", "warning 31 days", now.AddDays(-31), StepStatus.Warning),
            Record("doc1", "success 6 days", now.AddDays(-6)),
            Record("doc1", "failed 8 days", now.AddDays(-8), StepStatus.Failed),
            Record("doc1", "error 29 days", now.AddDays(-29), StepStatus.Error),
            Record("doc1", "running 29 days", now.AddDays(-29), StepStatus.Running));

        var deleted = await ApplyRetentionAsync(Store);

        Assert.Equal(4, deleted);
        Assert.Equal(
            ["error 29 days", "running 29 days", "failed 8 days", "success 6 days"],
            RecordAssert.Names(await Store.GetStepsAsync("doc1")));
    }
}
