using StepLog.Testing;

namespace StepLog.Records.Tests.Recording;

/// <summary>What a <see cref="StepLogger"/> records, with no code of the user's beyond the logger's own calls.</summary>
[Collection(GlobalRecording.Name)]
public sealed class StepLoggerRecordingTests : IDisposable
{
    private readonly InMemoryStepStore _store = new();
    private readonly CollectingObserver _observer = new();
    private readonly IDisposable _registration;

    public StepLoggerRecordingTests()
    {
        StepLogging.UseStepStore(_store);
        _registration = StepLogging.ObserveRecords(_observer);
    }

    public void Dispose()
    {
        _registration.Dispose();
        StepLogging.UseStepStore(null);
        _store.Dispose();
    }

    [Fact]
    public void A_nested_operation_names_the_enclosing_one_as_its_parent_on_its_first_record()
    {
        using (var outer = new StepLogger(DiscardingLogger.Instance, "Outer", totalSteps: 1) { Subject = "doc1" })
        {
            outer.Start();
            outer.Step(1, "Call");
            using (var inner = new StepLogger(DiscardingLogger.Instance, "Inner", totalSteps: 0))
            {
                inner.Start();
                inner.Complete();
            }

            outer.Success();
            outer.Complete();
        }

        var seen = _observer.Seen;
        var outerId = seen.First(r => r.Operation == "Outer").OperationId;
        var innerStart = seen.First(r => r.Operation == "Inner" && r.Status == StepStatus.Running);
        Assert.Equal(outerId, innerStart.ParentOperationId);
        Assert.Equal(StepRunKind.Operation, innerStart.RunKind);
        Assert.All(seen.Where(r => r.Operation == "Outer"), r => Assert.Null(r.ParentOperationId));
    }

    [Fact]
    public async Task Every_event_of_a_run_is_recorded_in_order_with_its_status()
    {
        using (var op = new StepLogger(DiscardingLogger.Instance, "Import", totalSteps: 4) { Subject = "doc123" })
        {
            op.Start(("source", "api"));
            op.Step(1, "Fetch", ("attempt", 1));
            op.Success(("pages", 10), ("ratio", 0.5), ("ok", true), ("note", (string?)null));
            op.Step(2, "Parse");
            op.Failure(new InvalidOperationException("bad header"));
            op.Step(3, "Index");
            op.Failure(new OperationCanceledException());
            op.Step(4, "Notify");
            op.Skip("nobody listens");
            op.Complete(("documents", 1));
        }

        var seen = _observer.Seen;
        Assert.Equal(
            [
                (0, "Import", StepStatus.Running, null),
                (1, "Fetch", StepStatus.Running, null),
                (1, "Fetch", StepStatus.Success, null),
                (2, "Parse", StepStatus.Running, null),
                (2, "Parse", StepStatus.Failed, "bad header"),
                (3, "Index", StepStatus.Running, null),
                (3, "Index", StepStatus.Failed, "cancelled"),
                (4, "Notify", StepStatus.Running, null),
                (4, "Notify", StepStatus.Skipped, "nobody listens"),
                (0, "Import", StepStatus.Success, null),
            ],
            seen.Select(r => (r.StepNumber, r.StepName, r.Status, r.ErrorMessage)).ToArray());
        Assert.All(seen, r => Assert.Equal("doc123", r.SubjectId));
        Assert.All(seen, r => Assert.Equal("Import", r.Operation));
        Assert.All(seen, r => Assert.Equal(4, r.TotalSteps));
        Assert.Single(seen.Select(r => r.OperationId).Distinct());
        Assert.Equal(seen.OrderBy(r => r.Sequence), seen);
        Assert.Equal("api", seen[0].Details["source"]);
        Assert.Equal(1L, seen[1].Details["attempt"]);
        Assert.Equal(new Dictionary<string, object?> { ["pages"] = 10L, ["ratio"] = 0.5, ["ok"] = true, ["note"] = null }, seen[2].Details);
        Assert.Equal(1L, seen[9].Details["documents"]);
        Assert.Null(seen[1].DurationMs);
        Assert.NotNull(seen[2].DurationMs);
        Assert.NotNull(seen[9].DurationMs);

        await _store.FlushAsync();
        Assert.Equal(seen.Select(r => r.Sequence), (await _store.GetStepsAsync("doc123")).Select(r => r.Sequence));
    }

    [Fact]
    public async Task The_retry_example_records_running_two_errors_then_failed()
    {
        // Process a document with up to three attempts: the first two errors are recoverable, the third is final.
        const int MaxRetries = 3;
        using (var op = new StepLogger(DiscardingLogger.Instance, "Process document", totalSteps: 1) { Subject = "doc123" })
        {
            op.Start();
            op.Step(1, "processing");
            for (var attempt = 1; attempt <= MaxRetries; attempt++)
            {
                var error = new IOException("disk busy");
                if (attempt < MaxRetries)
                {
                    op.Retry(error, attempt);
                }
                else
                {
                    op.Failure(new InvalidOperationException("Max retries exceeded: " + error.Message, error));
                }
            }

            op.Complete();
        }

        await _store.FlushAsync();
        var steps = (await _store.GetStepsAsync("doc123")).Where(r => r.StepName == "processing").ToArray();
        Assert.Equal(
            [
                (StepStatus.Running, null),
                (StepStatus.Error, "Retry 1: disk busy"),
                (StepStatus.Error, "Retry 2: disk busy"),
                (StepStatus.Failed, "Max retries exceeded: disk busy"),
            ],
            steps.Select(r => (r.Status, r.ErrorMessage)).ToArray());
        Assert.Equal([1L, 2L], steps.Where(r => r.Status == StepStatus.Error).Select(r => r.Details["attempt"]).ToArray());
        Assert.Equal(
            [StepStatus.Error, StepStatus.Error, StepStatus.Failed],
            (await _store.GetRecentErrorsAsync(DateTimeOffset.UtcNow.AddMinutes(-1))).Where(r => r.SubjectId == "doc123" && r.StepNumber == 1).Select(r => r.Status).Reverse().ToArray());
    }

    [Fact]
    public void A_warning_is_recorded_as_a_terminal_warning_with_its_message()
    {
        using var op = new StepLogger(DiscardingLogger.Instance, "Import", totalSteps: 1) { Subject = "doc3" };
        op.Start();
        op.Step(1, "Validate");
        op.Warning("3 rows without price", ("rows", 3));

        var warning = _observer.Seen[^1];
        Assert.Equal((StepStatus.Warning, "3 rows without price", 3L), (warning.Status, warning.ErrorMessage, warning.Details["rows"]));
        Assert.True(warning.IsTerminal);
        Assert.NotNull(warning.DurationMs);
    }

    [Fact]
    public void A_run_whose_level_is_disabled_is_still_recorded()
    {
        using var op = new StepLogger(DisabledLogger.Instance, "Quiet", totalSteps: 1) { Subject = "doc7" };
        op.Start();
        op.Step(1, "Work");
        op.Success();
        op.Complete();

        Assert.Equal(
            [StepStatus.Running, StepStatus.Running, StepStatus.Success, StepStatus.Success],
            _observer.Seen.Select(r => r.Status).ToArray());
    }

    [Fact]
    public void An_operation_disposed_without_completing_is_recorded_as_failed_incomplete()
    {
        using (var op = new StepLogger(DiscardingLogger.Instance, "Abandoned", totalSteps: 2))
        {
            op.Start();
            op.Step(1, "First");
        }

        var last = _observer.Seen[^1];
        Assert.Equal((0, StepStatus.Failed, "incomplete"), (last.StepNumber, last.Status, last.ErrorMessage));
        Assert.NotNull(last.DurationMs);
    }

    [Fact]
    public void An_operation_completed_with_an_error_is_recorded_as_failed_with_its_message()
    {
        using var op = new StepLogger(DiscardingLogger.Instance, "Broken");
        op.Start();
        op.Complete(new TimeoutException("too slow"));

        Assert.Equal((StepStatus.Failed, "too slow"), (_observer.Seen[^1].Status, _observer.Seen[^1].ErrorMessage));
    }

    [Fact]
    public void Timestamps_are_when_the_events_happened()
    {
        var before = DateTimeOffset.UtcNow;
        using var op = new StepLogger(DiscardingLogger.Instance, "Clocked");
        op.Start();
        op.Complete();
        var after = DateTimeOffset.UtcNow;

        var (start, complete) = (_observer.Seen[0].Timestamp, _observer.Seen[1].Timestamp);
        Assert.InRange(start, before, after);
        Assert.InRange(complete, start, after);
    }

    [Fact]
    public void With_recording_off_nothing_is_recorded()
    {
        _registration.Dispose();
        StepLogging.UseStepStore(null);

        using var op = new StepLogger(DiscardingLogger.Instance, "Unrecorded");
        op.Start();
        op.Complete();

        Assert.Empty(_observer.Seen);
    }
}
