namespace StepLog.Records.Tests.Contract;

/// <summary>What every store answers the dashboard about runs: the list with its filters and pages, and one run whole.</summary>
public abstract partial class StepStoreContract
{
    /// <summary>The store's queries: the in-memory store's own, a queued store's database's.</summary>
    protected static IStepRecordQueries Queries(IStepStore store) =>
        store is QueuedStepStore queued ? queued.Queries : (IStepRecordQueries)store;

    /// <summary>A run's own records: Running at its start, and its end (Success unless said) after its duration, when it ended.</summary>
    protected static StepRecord[] RunRecords(
        string id, string operation, DateTimeOffset started, StepStatus? end = StepStatus.Success, double durationMs = 100,
        string subject = "doc1", string? parent = null, StepRunKind kind = StepRunKind.Operation, string? error = null)
    {
        var start = new StepRecord(subject, operation, StepStatus.Running)
        {
            Operation = operation, OperationId = id, TotalSteps = 2, Timestamp = started, ParentOperationId = parent, RunKind = kind,
        };
        return end is not { } status
            ? [start]
            : [start, start with { Status = status, DurationMs = durationMs, ErrorMessage = error, Timestamp = started.AddMilliseconds(durationMs), ParentOperationId = null }];
    }

    protected async Task<List<StepRunSummary>> AllPagesAsync(StepRunQuery query)
    {
        var runs = new List<StepRunSummary>();
        for (var page = await Queries(Store).GetRunsAsync(query); ; page = await Queries(Store).GetRunsAsync(query with { After = page.NextCursor }))
        {
            Assert.True(page.Runs.Count <= query.Limit);
            runs.AddRange(page.Runs);
            if (page.NextCursor is null)
            {
                return runs;
            }
        }
    }

    [Fact]
    public async Task Runs_come_newest_first_as_their_own_records_say()
    {
        await AddAllAsync(
            Store,
            [.. RunRecords("r1", "Import", T, StepStatus.Success, 250),
             .. RunRecords("r2", "Import", T.AddSeconds(1), StepStatus.Failed, 40, error: "bad header"),
             .. RunRecords("r3", "Export", T.AddSeconds(2), end: null, subject: "doc2")]);

        var page = await Queries(Store).GetRunsAsync(new StepRunQuery());

        Assert.Null(page.NextCursor);
        Assert.Equal(["r3", "r2", "r1"], page.Runs.Select(run => run.OperationId));
        Assert.Equal(
            [("Export", "doc2", StepStatus.Running, (double?)null, (string?)null), ("Import", "doc1", StepStatus.Failed, 40, "bad header"), ("Import", "doc1", StepStatus.Success, 250, null)],
            page.Runs.Select(run => (run.Operation, run.SubjectId, run.Status, run.DurationMs, run.ErrorMessage)));
        Assert.Equal(T, page.Runs[2].StartedAt);
        Assert.Equal(T.AddMilliseconds(250), page.Runs[2].UpdatedAt);
        Assert.Equal(2, page.Runs[2].TotalSteps);
    }

    [Fact]
    public async Task Each_filter_alone_and_combined_returns_the_matching_runs_only()
    {
        await AddAllAsync(
            Store,
            [.. RunRecords("a", "Import", T, StepStatus.Success, subject: "doc1"),
             .. RunRecords("b", "Import", T.AddMinutes(1), StepStatus.Failed, subject: "doc2"),
             .. RunRecords("c", "Export", T.AddMinutes(2), StepStatus.Success, subject: "doc1"),
             .. RunRecords("d", "Nightly", T.AddMinutes(3), end: null, subject: "d", kind: StepRunKind.Batch),
             .. RunRecords("e", "Import", T.AddMinutes(4), StepStatus.Warning, subject: "doc1")]);

        async Task<string[]> Ids(StepRunQuery query) => [.. (await Queries(Store).GetRunsAsync(query)).Runs.Select(run => run.OperationId)];

        Assert.Equal(["e", "b", "a"], await Ids(new() { Operation = "Import" }));
        Assert.Equal(["b"], await Ids(new() { Status = StepStatus.Failed }));
        Assert.Equal(["d"], await Ids(new() { Status = StepStatus.Running }));
        Assert.Equal(["e", "c", "a"], await Ids(new() { SubjectId = "doc1" }));
        Assert.Equal(["d"], await Ids(new() { Kind = StepRunKind.Batch }));
        Assert.Equal(["e", "c", "b", "a"], await Ids(new() { Kind = StepRunKind.Operation }));
        Assert.Equal(["e", "d", "c"], await Ids(new() { Since = T.AddMinutes(2) }));
        Assert.Equal(["b", "a"], await Ids(new() { Until = T.AddMinutes(2) }));
        Assert.Equal(["e", "a"], await Ids(new() { Operation = "Import", SubjectId = "doc1" }));
        Assert.Equal(["a"], await Ids(new() { Operation = "Import", SubjectId = "doc1", Status = StepStatus.Success, Kind = StepRunKind.Operation, Since = T, Until = T.AddMinutes(4) }));
        Assert.Empty(await Ids(new() { Operation = "import" }));
    }

    [Fact]
    public async Task Paging_through_every_run_loses_and_repeats_none_even_when_runs_share_a_start_time()
    {
        var records = new List<StepRecord>();
        for (var i = 0; i < 23; i++)
        {
            // Runs 5 to 14 all start at the same tick: only their ids order them.
            var started = i is >= 5 and < 15 ? T.AddSeconds(5) : T.AddSeconds(i);
            records.AddRange(RunRecords("run " + i.ToString("00"), "Import", started));
        }

        await AddAllAsync(Store, [.. records]);

        var all = await AllPagesAsync(new StepRunQuery { Limit = 4 });

        Assert.Equal(23, all.Count);
        Assert.Equal(23, all.Select(run => run.OperationId).Distinct().Count());
        Assert.Equal(
            all.OrderByDescending(run => run.StartedAt).ThenByDescending(run => run.OperationId, StringComparer.Ordinal).Select(run => run.OperationId),
            all.Select(run => run.OperationId));
        Assert.Equal(["run 04", "run 03"], (await AllPagesAsync(new StepRunQuery { Limit = 1, Until = T.AddSeconds(5) })).Take(2).Select(run => run.OperationId));
    }

    [Fact]
    public async Task A_cursor_the_store_did_not_make_is_an_ArgumentException_naming_After()
    {
        foreach (var bad in new[] { "not a cursor", "", "cjF8eHx5", "\n\r" })
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Queries(Store).GetRunsAsync(new StepRunQuery { After = bad }));
            Assert.Contains("After", error.Message);
            Assert.DoesNotContain("\n", error.Message);
        }
    }

    [Fact]
    public async Task A_page_size_out_of_bounds_is_refused_naming_Limit()
    {
        foreach (var limit in new[] { 0, -1, StepRunQuery.MaxLimit + 1 })
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Queries(Store).GetRunsAsync(new StepRunQuery { Limit = limit }));
            Assert.Contains("Limit", error.Message);
        }

        Assert.Empty((await Queries(Store).GetRunsAsync(new StepRunQuery { Limit = StepRunQuery.MaxLimit })).Runs);
    }

    [Fact]
    public async Task A_run_comes_whole_with_its_records_in_order_and_the_pending_steps_of_its_plan()
    {
        var own = RunRecords("run1", "Import", T, StepStatus.Failed, 5_000, error: "parse failed");
        StepRecord Step(int number, string name, StepStatus status, int second, long sequence = 0) =>
            new("doc1", name, status) { Operation = "Import", OperationId = "run1", StepNumber = number, TotalSteps = 3, Timestamp = T.AddSeconds(second), Sequence = sequence };
        await AddAllAsync(
            Store,
            own[0],
            Step(1, "Fetch", StepStatus.Pending, 0, sequence: 1),
            Step(2, "Parse", StepStatus.Pending, 0, sequence: 2),
            Step(3, "Index", StepStatus.Pending, 0, sequence: 3),
            Step(1, "Fetch", StepStatus.Running, 1),
            Step(1, "Fetch", StepStatus.Success, 2) with { DurationMs = 1000, Details = new Dictionary<string, object?> { ["pages"] = 3L } },
            Step(2, "Parse", StepStatus.Running, 3),
            Step(2, "Parse", StepStatus.Failed, 4) with { ErrorMessage = "parse failed" },
            own[1],
            Step(1, "Other run", StepStatus.Success, 2) with { OperationId = "run2" });

        var run = await Queries(Store).GetRunAsync("run1");

        Assert.NotNull(run);
        Assert.Equal(("run1", StepStatus.Failed, "parse failed"), (run.Run.OperationId, run.Run.Status, run.Run.ErrorMessage));
        Assert.Equal(
            [(0, StepStatus.Running), (1, StepStatus.Pending), (2, StepStatus.Pending), (3, StepStatus.Pending), (1, StepStatus.Running),
             (1, StepStatus.Success), (2, StepStatus.Running), (2, StepStatus.Failed), (0, StepStatus.Failed)],
            run.Records.Select(record => (record.StepNumber, record.Status)));
        Assert.Equal(3L, run.Records[5].Details["pages"]);
        Assert.Empty(run.Children);
    }

    [Fact]
    public async Task A_run_lists_the_operations_nested_in_it_and_a_batch_its_items()
    {
        await AddAllAsync(
            Store,
            [.. RunRecords("outer", "Import", T, durationMs: 5_000),
             .. RunRecords("inner 2", "Parse", T.AddSeconds(2), parent: "outer"),
             .. RunRecords("inner 1", "Fetch", T.AddSeconds(1), parent: "outer"),
             .. RunRecords("batch", "Nightly", T, end: null, kind: StepRunKind.Batch),
             .. RunRecords("item", "Import", T.AddSeconds(3), subject: "row 7", parent: "batch")]);

        var outer = await Queries(Store).GetRunAsync("outer");
        var batch = await Queries(Store).GetRunAsync("batch");

        Assert.Equal(["inner 1", "inner 2"], outer!.Children.Select(child => child.OperationId));
        Assert.All(outer.Children, child => Assert.Equal("outer", child.ParentOperationId));
        Assert.Equal(StepRunKind.Batch, batch!.Run.Kind);
        Assert.Equal(("item", "row 7"), (Assert.Single(batch.Children).OperationId, batch.Children[0].SubjectId));
        Assert.Equal(["outer", "batch"], (await Queries(Store).GetRunsAsync(new StepRunQuery { Since = T, Until = T.AddTicks(1) })).Runs.Select(r => r.OperationId).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task An_unknown_run_is_null()
    {
        await AddAllAsync(Store, RunRecords("known", "Import", T));

        Assert.Null(await Queries(Store).GetRunAsync("unknown"));
        Assert.Null(await Queries(Store).GetRunAsync("KNOWN"));
    }

    [Fact]
    public async Task Text_repaired_on_intake_appears_repaired_in_runs_and_is_found_as_recorded()
    {
        await AddAllAsync(Store, RunRecords("id " + Unholdable, "Import " + Unholdable, T, subject: "doc " + Unholdable));

        var run = Assert.Single((await Queries(Store).GetRunsAsync(new StepRunQuery { SubjectId = "doc " + Unholdable })).Runs);

        Assert.Equal(("id " + Repaired, "Import " + Repaired, "doc " + Repaired), (run.OperationId, run.Operation, run.SubjectId));
        Assert.Equal(2, (await Queries(Store).GetRunAsync("id " + Unholdable))!.Records.Count);
    }
}
