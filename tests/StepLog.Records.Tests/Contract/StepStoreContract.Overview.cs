namespace StepLog.Records.Tests.Contract;

/// <summary>What every store answers the dashboard about a window of time: the overview, and errors grouped.</summary>
public abstract partial class StepStoreContract
{
    /// <summary>How far a percentile may be from the exact one: one duration bucket (eight a doubling).</summary>
    private static readonly double OneBucket = Math.Pow(2, 1.0 / 8);

    /// <summary>The start of an hour, three hours before <see cref="T"/>: an overview's window in whole hours and minutes.</summary>
    private DateTimeOffset Hour => new DateTimeOffset(T.Year, T.Month, T.Day, T.Hour, 0, 0, TimeSpan.Zero).AddHours(-3);

    private static double NearestRank(IReadOnlyList<double> durations, double percentile) =>
        durations.Order().ElementAt((int)Math.Ceiling(percentile * durations.Count) - 1);

    private static void AssertWithinOneBucket(double expected, double? actual)
    {
        Assert.NotNull(actual);
        Assert.InRange(actual.Value, expected / OneBucket, expected * OneBucket);
    }

    private static StepRecord StepEnd(string id, string operation, string step, DateTimeOffset at, double durationMs, StepStatus status = StepStatus.Success) =>
        new("doc1", step, status) { Operation = operation, OperationId = id, StepNumber = 1, TotalSteps = 1, DurationMs = durationMs, Timestamp = at };

    [Fact]
    public async Task The_overview_counts_runs_and_steps_with_percentiles_of_their_durations()
    {
        var records = new List<StepRecord>();
        var importDurations = new List<double>();
        var parseDurations = new List<double>();
        for (var i = 1; i <= 100; i++)
        {
            // Spread over two and a half hours, so that both whole hours and the minutes at the edges count.
            var started = Hour.AddMinutes(10).AddSeconds(i * 90);
            var duration = i * 7.5;
            var status = i % 10 == 0 ? StepStatus.Failed : i % 25 == 1 ? StepStatus.Warning : StepStatus.Success;
            records.AddRange(RunRecords("run " + i, "Import", started, status, duration));
            records.Add(StepEnd("run " + i, "Import", "Parse", started.AddMilliseconds(1), i));
            importDurations.Add(duration);
            parseDurations.Add(i);
        }

        records.AddRange(RunRecords("export", "Export", Hour.AddMinutes(30), StepStatus.Success, 40));
        records.AddRange(RunRecords("outside", "Import", Hour.AddHours(4), StepStatus.Failed, 1));
        records.AddRange(RunRecords("running", "Import", Hour.AddMinutes(20), end: null));
        await AddAllAsync(Store, [.. records]);

        var overview = await Queries(Store).GetOverviewAsync(Hour.AddMinutes(10), Hour.AddHours(3), TimeSpan.FromMinutes(10));

        Assert.Equal(["Import", "Export"], overview.Operations.Select(line => line.Operation));
        var import = overview.Operations[0];
        Assert.Equal((100L, 10L, 4L, (string?)null), (import.Count, import.Failed, import.Warnings, import.StepName));
        AssertWithinOneBucket(NearestRank(importDurations, 0.50), import.P50Ms);
        AssertWithinOneBucket(NearestRank(importDurations, 0.95), import.P95Ms);
        var parse = Assert.Single(overview.Steps);
        Assert.Equal(("Import", "Parse", 100L, 0L), (parse.Operation, parse.StepName, parse.Count, parse.Failed));
        AssertWithinOneBucket(NearestRank(parseDurations, 0.50), parse.P50Ms);
        AssertWithinOneBucket(NearestRank(parseDurations, 0.95), parse.P95Ms);
        Assert.Equal((1L, 40.0), (overview.Operations[1].Count, NearestRank([40.0], 0.5)));
        AssertWithinOneBucket(40, overview.Operations[1].P95Ms);
    }

    [Fact]
    public async Task The_timeline_has_every_bucket_of_the_window_with_the_runs_that_ended_in_it()
    {
        await AddAllAsync(
            Store,
            [.. RunRecords("a", "Import", Hour.AddMinutes(1), StepStatus.Success, 1000),
             .. RunRecords("b", "Import", Hour.AddMinutes(2), StepStatus.Failed, 1000),
             .. RunRecords("c", "Import", Hour.AddMinutes(61), StepStatus.Success, 1000),
             .. RunRecords("d", "Import", Hour.AddMinutes(179), StepStatus.Failed, 1000),
             .. RunRecords("before", "Import", Hour.AddMinutes(-5), StepStatus.Failed, 1000),
             .. RunRecords("after", "Import", Hour.AddMinutes(180), StepStatus.Failed, 1000)]);

        var overview = await Queries(Store).GetOverviewAsync(Hour, Hour.AddHours(3), TimeSpan.FromMinutes(30));

        Assert.Equal(Enumerable.Range(0, 6).Select(i => Hour.AddMinutes(30 * i)), overview.Timeline.Select(bucket => bucket.Start));
        Assert.Equal([(2L, 1L), (0L, 0L), (1L, 0L), (0L, 0L), (0L, 0L), (1L, 1L)], overview.Timeline.Select(bucket => (bucket.Runs, bucket.Failed)));
        Assert.Equal((Hour, Hour.AddHours(3)), (overview.Since, overview.Until));
    }

    [Fact]
    public async Task An_empty_window_has_its_buckets_and_no_lines_and_a_bad_one_is_refused_by_name()
    {
        var overview = await Queries(Store).GetOverviewAsync(Hour, Hour.AddHours(1), TimeSpan.FromMinutes(5));

        Assert.Empty(overview.Operations);
        Assert.Empty(overview.Steps);
        Assert.Equal(12, overview.Timeline.Count);
        Assert.All(overview.Timeline, bucket => Assert.Equal(0, bucket.Runs));
        Assert.Equal("until", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Queries(Store).GetOverviewAsync(Hour, Hour, TimeSpan.FromMinutes(1)))).ParamName);
        Assert.Equal("bucket", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Queries(Store).GetOverviewAsync(Hour, Hour.AddHours(1), TimeSpan.FromSeconds(90)))).ParamName);
        Assert.Equal("bucket", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Queries(Store).GetOverviewAsync(Hour, Hour.AddDays(7), TimeSpan.FromMinutes(1)))).ParamName);
    }

    [Fact]
    public async Task Errors_are_grouped_by_operation_step_status_and_message_with_counts_and_the_latest()
    {
        StepRecord Error(string id, string step, StepStatus status, string message, int second, string subject = "doc1") =>
            new(subject, step, status) { Operation = "Import", OperationId = id, StepNumber = 1, ErrorMessage = message, Timestamp = T.AddSeconds(second) };
        await AddAllAsync(
            Store,
            Error("r0", "Parse", StepStatus.Failed, "bad header", -10),
            Error("r1", "Parse", StepStatus.Failed, "bad header", 1),
            Error("r2", "Parse", StepStatus.Failed, "bad header", 5, subject: "doc2"),
            Error("r3", "Parse", StepStatus.Error, "bad header", 3),
            Error("r4", "Parse", StepStatus.Failed, "timeout", 2),
            Error("r5", "Index", StepStatus.Warning, "slow", 6),
            Error("r6", "Index", StepStatus.Success, "not an error", 7));

        var groups = await Queries(Store).GetErrorGroupsAsync(T);
        var withWarnings = await Queries(Store).GetErrorGroupsAsync(T, includeWarnings: true);

        Assert.Equal(
            [("Parse", StepStatus.Failed, "bad header", 2L, T.AddSeconds(5), "r2", "doc2"),
             ("Parse", StepStatus.Error, "bad header", 1L, T.AddSeconds(3), "r3", "doc1"),
             ("Parse", StepStatus.Failed, "timeout", 1L, T.AddSeconds(2), "r4", "doc1")],
            groups.Select(g => (g.StepName, g.Status, g.ErrorMessage!, g.Count, g.LastSeen, g.LastOperationId!, g.LastSubjectId)));
        Assert.All(groups, g => Assert.Equal("Import", g.Operation));
        Assert.Equal(["Index", "Parse", "Parse", "Parse"], withWarnings.Select(g => g.StepName));
        Assert.Single(await Queries(Store).GetErrorGroupsAsync(T, limit: 1));
        Assert.Equal("limit", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Queries(Store).GetErrorGroupsAsync(T, limit: 0))).ParamName);
    }

    [Fact]
    public async Task A_window_longer_than_two_days_is_counted_in_whole_days()
    {
        var day = new DateTimeOffset(T.Year, T.Month, T.Day, 0, 0, 0, TimeSpan.Zero).AddDays(-5);
        await AddAllAsync(
            Store,
            [.. RunRecords("early in the first day", "Import", day.AddHours(1), StepStatus.Failed, 1000),
             .. RunRecords("late in the last day", "Import", day.AddDays(3).AddHours(23), StepStatus.Success, 1000),
             .. RunRecords("the day after", "Import", day.AddDays(4).AddMinutes(30), StepStatus.Success, 1000)]);

        var overview = await Queries(Store).GetOverviewAsync(day.AddHours(10), day.AddDays(3).AddHours(10), TimeSpan.FromHours(6));

        Assert.Equal((day, day.AddDays(4)), (overview.Since, overview.Until));
        Assert.Equal((2L, 1L), (overview.Operations.Single().Count, overview.Operations.Single().Failed));
        Assert.Equal(16, overview.Timeline.Count);
        Assert.Equal(2L, overview.Timeline.Sum(bucket => bucket.Runs));
    }
}
