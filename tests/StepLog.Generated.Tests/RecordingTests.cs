using StepLog.Generated.Tests.Subjects;
using StepLog.Records;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>What generated operations and steps record, with no code of the user's beyond the attributes.</summary>
[Collection(nameof(GlobalFactory))] // the store is process-wide; allocation tests must not see it
public sealed class RecordingTests : IDisposable
{
    private readonly InMemoryStepStore _store = new();
    private readonly Observer _observer = new();
    private readonly IDisposable _registration;

    public RecordingTests()
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
    public async Task A_run_records_its_start_its_plan_each_step_and_its_end_under_its_subject()
    {
        var flow = new DocumentFlow(DiscardingLogger.Instance, new DocumentArchive(DiscardingLogger.Instance));

        Assert.Equal(300, flow.Process("doc123", 3));

        var seen = _observer.Seen;
        Assert.Equal(
            [
                ("Process document", 0, "Process document", StepStatus.Running),
                ("Process document", 1, "Extract", StepStatus.Pending),
                ("Process document", 2, "Classify", StepStatus.Pending),
                ("Process document", 1, "Extract", StepStatus.Running),
                ("Process document", 1, "Extract", StepStatus.Success),
                ("Process document", 2, "Classify", StepStatus.Running),
                ("Archive", 0, "Archive", StepStatus.Running),
                ("Archive", 1, "Compress", StepStatus.Pending),
                ("Archive", 1, "Compress", StepStatus.Running),
                ("Archive", 1, "Compress", StepStatus.Success),
                ("Archive", 0, "Archive", StepStatus.Success),
                ("Process document", 2, "Classify", StepStatus.Success),
                ("Process document", 0, "Process document", StepStatus.Success),
            ],
            seen.Select(r => (r.Operation, r.StepNumber, r.StepName, r.Status)).ToArray());

        // The nested operation has no [Subject]: its records are about its caller's document, under its own run's id.
        Assert.All(seen, r => Assert.Equal("doc123", r.SubjectId));
        Assert.All(seen, r => Assert.Equal(r.Operation == "Archive" ? 1 : 2, r.TotalSteps));
        var outer = seen.Where(r => r.Operation == "Process document").Select(r => r.OperationId).Distinct().ToArray();
        var inner = seen.Where(r => r.Operation == "Archive").Select(r => r.OperationId).Distinct().ToArray();
        Assert.Matches("^[0-9a-f]{16}$", Assert.Single(outer));
        Assert.Matches("^[0-9a-f]{16}$", Assert.Single(inner));
        Assert.NotEqual(outer[0], inner[0]);
        Assert.Equal(3L, seen[0].Details["pages"]);
        Assert.Equal(300L, seen[4].Details["characters"]);
        Assert.NotNull(seen[4].DurationMs);
        Assert.Equal(seen.OrderBy(r => r.Sequence), seen);

        await _store.FlushAsync();
        Assert.Equal(13, (await _store.GetStepsAsync("doc123")).Count);
    }

    [Fact]
    public void A_nested_generated_operation_names_its_caller_as_its_parent_on_its_first_record()
    {
        var flow = new DocumentFlow(DiscardingLogger.Instance, new DocumentArchive(DiscardingLogger.Instance));

        flow.Process("doc123", 3);

        var seen = _observer.Seen;
        var outer = seen.First(r => r.Operation == "Process document");
        var innerStart = seen.First(r => r.Operation == "Archive" && r.StepNumber == 0 && r.Status == StepStatus.Running);
        Assert.Equal(outer.OperationId, innerStart.ParentOperationId);
        Assert.Null(outer.ParentOperationId);
        Assert.All(seen.Where(r => r != innerStart), r => Assert.Null(r.ParentOperationId));
    }

    [Fact]
    public async Task An_operation_with_no_subject_anywhere_is_recorded_under_its_operation_id()
    {
        await new DocumentArchive(DiscardingLogger.Instance).StoreAsync(1);

        var id = _observer.Seen[0].OperationId;
        Assert.NotNull(id);
        Assert.All(_observer.Seen, r => Assert.Equal(id, r.SubjectId));
        Assert.All(_observer.Seen, r => Assert.Equal(id, r.OperationId));
    }

    [Fact]
    public void A_run_whose_level_is_disabled_is_recorded_all_the_same()
    {
        new DocumentFlow(DisabledLogger.Instance).Process("doc9", 1);

        Assert.Equal(8, _observer.Seen.Count); // START, the plan of two, two starts, two successes, COMPLETE
        Assert.Equal(StepStatus.Success, _observer.Seen[^1].Status);
    }

    [Fact]
    public void A_failed_step_and_its_operation_are_recorded_as_failed_with_the_message()
    {
        var flow = new DocumentFlow(DiscardingLogger.Instance) { ClassifyFailure = new InvalidOperationException("unreadable") };

        Assert.Throws<InvalidOperationException>(() => flow.Process("doc5", 1));

        Assert.Equal(
            [(2, StepStatus.Failed, "unreadable"), (0, StepStatus.Failed, "unreadable")],
            _observer.Seen.TakeLast(2).Select(r => (r.StepNumber, r.Status, r.ErrorMessage)).ToArray());
    }

    [Fact]
    public async Task A_cancelled_step_is_recorded_as_failed_cancelled_under_a_numeric_subject()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await new NumberedJob(DiscardingLogger.Instance).RunAsync(42, cancelled.Token));

        Assert.All(_observer.Seen, r => Assert.Equal("42", r.SubjectId));
        Assert.Equal(
            [(1, StepStatus.Failed, "cancelled"), (0, StepStatus.Failed, "cancelled")],
            _observer.Seen.TakeLast(2).Select(r => (r.StepNumber, r.Status, r.ErrorMessage)).ToArray());
    }

    [Fact]
    public void The_lines_of_a_run_and_of_its_steps_carry_the_operation_id_of_its_records()
    {
        var capture = new LogCapture();

        new DocumentFlow(capture.CreateLogger("Tests")).Process("doc2", 1);

        var id = _observer.Seen[0].OperationId;
        Assert.Equal(6, capture.Entries.Count);
        Assert.All(capture.Entries, entry => Assert.Equal(id, entry.Field("operation_id")));
    }

    [Fact]
    public void A_generated_step_inside_a_StepLogger_is_recorded_as_part_of_that_run()
    {
        using var op = new StepLogger(DiscardingLogger.Instance, "Outer", totalSteps: 1) { Subject = "doc8" };
        op.Start();
        new Measured(DiscardingLogger.Instance).Sync(1, "n");
        op.Complete();

        var step = _observer.Seen.Where(r => r.StepNumber > 0).ToArray();
        Assert.Equal([StepStatus.Running, StepStatus.Success], step.Select(r => r.Status));
        Assert.All(step, r => Assert.Equal(("doc8", "Outer", op.OperationId), (r.SubjectId, r.Operation, r.OperationId)));
    }

    [Fact]
    public void With_recording_off_a_run_records_nothing()
    {
        _registration.Dispose();
        StepLogging.UseStepStore(null);

        new DocumentFlow(DiscardingLogger.Instance).Process("doc0", 1);

        Assert.Empty(_observer.Seen);
    }

    private sealed class Observer : IStepRecordObserver
    {
        private readonly List<StepRecord> _seen = [];

        public List<StepRecord> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public void OnRecorded(StepRecord record)
        {
            lock (_seen)
            {
                _seen.Add(record);
            }
        }
    }
}
