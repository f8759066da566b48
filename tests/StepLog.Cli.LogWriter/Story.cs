using Microsoft.Extensions.Logging;

namespace StepLog.Cli.LogWriter;

/// <summary>
/// The operations every format writes, in this order: a success with a warning and a retry, a failure, a nested
/// operation with a skipped step, an operation disposed without Complete, two interleaved parallel operations, a
/// cancelled one, a batch its caller stopped after one item, a line that is not StepLog's, a value with an ANSI escape,
/// and last one left running (a crash).
/// </summary>
internal sealed class Story(ILogger logger)
{
    public async Task TellAsync()
    {
        using (var sync = new StepLogger(logger, "Model Sync", totalSteps: 3))
        {
            sync.Start(("provider", "openrouter"));
            sync.Step(1, "Fetch from provider API", ("provider", "openrouter"));
            sync.Success(("raw_models", 2834));
            sync.Step(2, "Validate and filter models");
            sync.Warning("78 models without a price", ("valid", 2756));
            sync.Step(3, "Store models");
            sync.Retry(new TimeoutException("database busy"), 1);
            sync.Success(("stored", 2756));
            sync.Complete(("status", "success"));
        }

        using (var import = new StepLogger(logger, "Import Orders", totalSteps: 2))
        {
            import.Start(("source", "sftp"));
            import.Step(1, "Download file");
            import.Success(("bytes", 1024));
            import.Step(2, "Parse rows", ("format", "csv"));
            var error = new InvalidOperationException("database is locked");
            import.Failure(error, ("row", 17));
            import.Complete(error);
        }

        using (var report = new StepLogger(logger, "Nightly Report", totalSteps: 2))
        {
            report.Start();
            report.Step(1, "Fetch from database");
            using (var fetch = new StepLogger(logger, "Database: Fetch All", totalSteps: 2))
            {
                fetch.Start(("table", "orders"));
                fetch.Step(1, "Connect");
                fetch.Success();
                fetch.Step(2, "Query");
                fetch.Success(("rows", 120));
                fetch.Complete();
            }

            report.Success(("rows", 120));
            report.Step(2, "Send e-mail");
            report.Skip("nothing to send");
            report.Complete();
        }

        using (var cleanup = new StepLogger(logger, "Cleanup", totalSteps: 2))
        {
            cleanup.Start();
            cleanup.Step(1, "Delete temp files");
            // Disposed without Complete: INCOMPLETE.
        }

        await ParallelAsync();

        using (var upload = new StepLogger(logger, "Upload", totalSteps: 1))
        {
            upload.Start();
            upload.Step(1, "Send archive");
            var cancelled = new OperationCanceledException();
            upload.Failure(cancelled);
            upload.Complete(cancelled);
        }

        await InterruptedBatchAsync();

        logger.LogInformation("Processed {Count} events", 100);

        using (var tricky = new StepLogger(logger, "Tricky Values", totalSteps: 1))
        {
            tricky.Start(("label", "\u001b[31mred\u001b[0m"));
            tricky.Step(1, "Echo");
            tricky.Success(("text", "a (b=c), d"));
            tricky.Complete();
        }
    }

    /// <summary>Starts "Long Job" and its first step and never ends them, as a process that crashes does.</summary>
    public void LeaveRunning()
    {
        var job = new StepLogger(logger, "Long Job", totalSteps: 3);
        job.Start();
        job.Step(1, "Crunch numbers");
        GC.KeepAlive(job);
    }

    // A batch of three leads whose caller stops it during the first: that item finishes (PROGRESS 1/3), the rest never
    // start, and the batch writes INTERRUPTED.
    private async Task InterruptedBatchAsync()
    {
        using var stop = new CancellationTokenSource();
        await StepBatch.RunAsync(
            "Lead Classification",
            ["lead-1", "lead-2", "lead-3"],
            (_, _) =>
            {
                stop.Cancel();
                return ValueTask.CompletedTask;
            },
            new StepBatchOptions { Logger = logger, ItemLevel = LogLevel.Information, LogInterval = TimeSpan.Zero, MaxConcurrency = 1, HandleSignals = false },
            itemId: lead => lead,
            cancellationToken: stop.Token);
    }

    // Two operations at the same depth whose lines alternate: A start, B start, A step, B step, A ends, B ends.
    private async Task ParallelAsync()
    {
        var turns = new[] { new SemaphoreSlim(1), new SemaphoreSlim(0) };
        async Task Turn(int me, Action action)
        {
            await turns[me].WaitAsync();
            action();
            turns[1 - me].Release();
        }

        Task Run(int me, string name, string step) => Task.Run(async () =>
        {
            using var op = new StepLogger(logger, name, totalSteps: 1);
            await Turn(me, () => op.Start());
            await Turn(me, () => op.Step(1, step));
            await Turn(me, () => op.Success());
            await Turn(me, () => op.Complete());
        });

        await Task.WhenAll(Run(0, "Fetch Prices", "Call prices API"), Run(1, "Fetch Rates", "Call rates API"));
    }
}
