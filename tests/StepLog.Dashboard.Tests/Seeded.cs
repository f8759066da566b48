namespace StepLog.Dashboard.Tests;

/// <summary>
/// One in-memory store, seeded once for every test of the assembly through StepLog's own APIs (StepLogger runs with a
/// failure, a retry, a warning, a nested operation; a StepBatch), plus the few records the runtime does not write yet
/// (a batch's items and a nested run's parent, a plan's Pending steps), added as a store receives them. StepLog's
/// store is process-wide, so the seeding runs once, before any host starts.
/// </summary>
public static class Seeded
{
    public const string Xss = "<img src=x onerror=alert(1)>";
    public const string PagingOperation = "Paging op";
    public const int PagingRuns = 23;
    public const string ControlSubject = "line1\nforged\u001b[2J";
    public const string SlashSubject = "invoices/2026/../inv 7%.pdf";
    public const string ControlMessage = "bad\r\nINFO forged line\u0007";

    private static readonly Lazy<Task<Ids>> Seeding = new(SeedAsync);

    public static InMemoryStepStore Store { get; } = new();

    public static Task<Ids> IdsAsync() => Seeding.Value;

    /// <summary>The run ids the tests open.</summary>
    public sealed record Ids(string Succeeded, string Failed, string Xss, string Control, string Parent, string Child, string LoggerParent, string LoggerChild, string Planned, string RunningBatch, string ProgressingBatch, string InterruptedBatch);

    private static async Task<Ids> SeedAsync()
    {
        string succeeded, failed, xss, control, loggerParent;
        var loggerChild = string.Empty;
        StepLogging.UseStepStore(Store);
        try
        {
            succeeded = Run("Import documents", "doc-1", op =>
            {
                op.Step(1, "Download", ("bytes", 2048));
                op.Success(("bytes", 2048));
                op.Step(2, "Parse");
                op.Retry(new TimeoutException("parser timed out"), attempt: 1);
                op.Success();
                op.Step(3, "Index");
                op.Warning("index is 90% full");
                op.Complete();
            });
            failed = Run("Import documents", "doc-2", op =>
            {
                op.Step(1, "Download");
                var error = new InvalidOperationException("disk full");
                op.Failure(error);
                op.Complete(error);
            });
            xss = Run(Xss, Xss, op =>
            {
                op.Step(1, Xss);
                var error = new InvalidOperationException(Xss);
                op.Failure(error, ("note", Xss));
                op.Complete(error);
            });

            control = Run("Control op", ControlSubject, op =>
            {
                op.Step(1, "Read");
                var error = new InvalidOperationException(ControlMessage);
                op.Failure(error);
                op.Complete(error);
            });

            loggerParent = Run("Parent op", "doc-3", op =>
            {
                op.Step(1, "Prepare");
                loggerChild = Run("Child op", "doc-3", inner =>
                {
                    inner.Step(1, "Inner step");
                    inner.Success();
                    inner.Complete();
                });
                op.Success();
                op.Complete();
            });

            Run("Slash op", SlashSubject, op =>
            {
                op.Step(1, "Read");
                op.Success();
                op.Complete();
            });

            for (var i = 0; i < PagingRuns; i++)
            {
                Run(PagingOperation, "paging-subject", op =>
                {
                    op.Step(1, "Only step");
                    op.Success();
                    op.Complete();
                });
            }

            await StepBatch.RunAsync(
                "Nightly batch", Enumerable.Range(1, 5), (item, _) => item == 3 ? throw new InvalidOperationException("item 3 is bad") : ValueTask.CompletedTask,
                new StepBatchOptions { HandleSignals = false });
        }
        finally
        {
            StepLogging.UseStepStore(null);
        }

        // What the runtime does not write yet: a nested run's parent, a plan's Pending steps, a batch's items.
        var now = DateTimeOffset.UtcNow;
        await AddAsync(new StepRecord("doc-3", "Child op", StepStatus.Success) { Operation = "Child op", OperationId = "c0ffee0000000002", ParentOperationId = "c0ffee0000000001", DurationMs = 5, Timestamp = now.AddSeconds(-9) });
        await AddAsync(new StepRecord("doc-3", "Parent op", StepStatus.Running) { Operation = "Parent op", OperationId = "c0ffee0000000001", TotalSteps = 1, Timestamp = now.AddSeconds(-10) });
        await AddAsync(new StepRecord("doc-3", "Child op", StepStatus.Running) { Operation = "Child op", OperationId = "c0ffee0000000002", ParentOperationId = "c0ffee0000000001", Timestamp = now.AddSeconds(-9.005) });
        await AddAsync(new StepRecord("doc-3", "Parent op", StepStatus.Success) { Operation = "Parent op", OperationId = "c0ffee0000000001", TotalSteps = 1, DurationMs = 1020, Timestamp = now.AddSeconds(-8.98) });

        const string planned = "beef000000000001";
        await AddAsync(new StepRecord("doc-4", "Planned op", StepStatus.Running) { Operation = "Planned op", OperationId = planned, TotalSteps = 2, Timestamp = now.AddSeconds(-8) });
        await AddAsync(new StepRecord("doc-4", "First", StepStatus.Pending) { Operation = "Planned op", OperationId = planned, StepNumber = 1, TotalSteps = 2, Timestamp = now.AddSeconds(-8) });
        await AddAsync(new StepRecord("doc-4", "Never run", StepStatus.Pending) { Operation = "Planned op", OperationId = planned, StepNumber = 2, TotalSteps = 2, Timestamp = now.AddSeconds(-8) });
        await AddAsync(new StepRecord("doc-4", "First", StepStatus.Running) { Operation = "Planned op", OperationId = planned, StepNumber = 1, TotalSteps = 2, Timestamp = now.AddSeconds(-7.9) });
        await AddAsync(new StepRecord("doc-4", "First", StepStatus.Failed) { Operation = "Planned op", OperationId = planned, StepNumber = 1, TotalSteps = 2, DurationMs = 100, ErrorMessage = "no such file", Timestamp = now.AddSeconds(-7.8) });
        await AddAsync(new StepRecord("doc-4", "Planned op", StepStatus.Failed) { Operation = "Planned op", OperationId = planned, TotalSteps = 2, DurationMs = 200, ErrorMessage = "no such file", Timestamp = now.AddSeconds(-7.8) });

        const string batch = "ba7c000000000001";
        await AddAsync(new StepRecord(batch, "Import batch", StepStatus.Running) { Operation = "Import batch", OperationId = batch, RunKind = StepRunKind.Batch, TotalSteps = 10, Timestamp = now.AddSeconds(-60) });
        for (var i = 1; i <= 4; i++)
        {
            var item = "ba7c00000000010" + i;
            var status = i == 4 ? StepStatus.Failed : StepStatus.Success;
            await AddAsync(new StepRecord("item-" + i, "Import item", StepStatus.Running) { Operation = "Import item", OperationId = item, ParentOperationId = batch, Timestamp = now.AddSeconds(-60 + (i * 10)) });
            await AddAsync(new StepRecord("item-" + i, "Import item", status) { Operation = "Import item", OperationId = item, ParentOperationId = batch, DurationMs = 1000, ErrorMessage = i == 4 ? "bad row" : null, Timestamp = now.AddSeconds(-59 + (i * 10)) });
        }

        // A running batch as the runtime records its progress: a Running record of its own with the counts, rate and ETA.
        const string progressing = "ba7c000000000002";
        await AddAsync(new StepRecord(progressing, "Export batch", StepStatus.Running) { Operation = "Export batch", OperationId = progressing, RunKind = StepRunKind.Batch, TotalSteps = 20, Timestamp = now.AddSeconds(-30) });
        await AddAsync(new StepRecord(progressing, "Export batch", StepStatus.Running)
        {
            Operation = "Export batch", OperationId = progressing, RunKind = StepRunKind.Batch, TotalSteps = 20, Timestamp = now.AddSeconds(-2), DurationMs = 28_000,
            Details = new Dictionary<string, object?> { ["processed"] = 7L, ["succeeded"] = 5L, ["failed"] = 2L, ["total"] = 20L, ["rate_per_second"] = 3.5, ["eta_seconds"] = 3.7 },
        });

        // A batch stopped by a signal, as the runtime records its end.
        const string interrupted = "ba7c000000000003";
        await AddAsync(new StepRecord(interrupted, "Reindex batch", StepStatus.Running) { Operation = "Reindex batch", OperationId = interrupted, RunKind = StepRunKind.Batch, TotalSteps = 10, Timestamp = now.AddSeconds(-20) });
        await AddAsync(new StepRecord(interrupted, "Reindex batch", StepStatus.Failed)
        {
            Operation = "Reindex batch", OperationId = interrupted, RunKind = StepRunKind.Batch, TotalSteps = 10, DurationMs = 5000, Timestamp = now.AddSeconds(-15),
            ErrorMessage = "interrupted after 3/10 items", Details = new Dictionary<string, object?> { ["processed"] = 3L, ["succeeded"] = 3L, ["failed"] = 0L },
        });

        return new Ids(succeeded, failed, xss, control, "c0ffee0000000001", "c0ffee0000000002", loggerParent, loggerChild, planned, batch, progressing, interrupted);
    }

    private static string Run(string operation, string subject, Action<StepLogger> body)
    {
        using var op = new StepLogger(operation, totalSteps: 3) { Subject = subject };
        op.Start();
        body(op);
        return op.OperationId ?? throw new InvalidOperationException("A recorded run has an operation id.");
    }

    private static ValueTask AddAsync(StepRecord record) => Store.AddAsync(record);
}
