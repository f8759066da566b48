using Microsoft.Extensions.Logging;

namespace StepLog.Cli.Tests.Contract;

/// <summary>
/// Writes every kind of line StepLog has, once at least, through the real runtime: an operation's start, its steps'
/// start, success, warning, retry, failure, skip and cancellation, its completion with and without an error, an
/// operation left incomplete; a batch's start, progress, items succeeded and failed, a warning and its completion; a
/// batch interrupted with an item abandoned.
/// </summary>
internal static class EveryLineStory
{
    public static async Task<List<CapturedEntry>> TellAsync(string folder)
    {
        var logger = new CapturingLogger();
        Operations(logger);
        await BatchAsync(logger, folder);
        await InterruptedBatchAsync(logger);
        return logger.Entries;
    }

    private static void Operations(ILogger logger)
    {
        using (var sync = new StepLogger(logger, "Model Sync", totalSteps: 6))
        {
            sync.Start(("provider", "openrouter"));
            sync.Step(1, "Fetch models", ("page", 1));
            sync.Success(("raw_models", 2834));
            sync.Step(2, "Validate models");
            sync.Warning("78 models without a price", ("valid", 2756));
            sync.Step(3, "Store models");
            sync.Retry(new TimeoutException("database busy"), 2);
            sync.Failure(new InvalidOperationException("database is locked"), ("row", 17));
            sync.Step(4, "Send e-mail");
            sync.Skip("nothing to send");
            sync.Step(5, "Upload");
            sync.Failure(new OperationCanceledException());
            sync.Complete(new InvalidOperationException("database is locked"));
        }

        using (var quick = new StepLogger(logger, "Quick Check", totalSteps: 1))
        {
            quick.Start();
            quick.Step(1, "Ping");
            quick.Success();
            quick.Complete(("region", "eu-west"));
        }

        using (var cleanup = new StepLogger(logger, "Cleanup", totalSteps: 2))
        {
            cleanup.Start();
            cleanup.Step(1, "Delete temp files");
        }
    }

    // Its progress file becomes a folder during the first item, so that the batch cannot write it: it says so in a
    // WARNING line and goes on.
    private static async Task BatchAsync(ILogger logger, string folder)
    {
        var progress = Path.Combine(folder, "progress.json");
        await StepBatch.RunAsync(
            "Lead Classification",
            ["lead-1", "lead-2", "lead-3"],
            (lead, _) =>
            {
                if (lead == "lead-1")
                {
                    File.Delete(progress);
                    Directory.CreateDirectory(progress);
                }

                return lead == "lead-2" ? throw new InvalidOperationException("no verdict") : ValueTask.CompletedTask;
            },
            new StepBatchOptions
            {
                Logger = logger, ItemLevel = LogLevel.Information, LogInterval = TimeSpan.Zero, ProgressInterval = TimeSpan.Zero,
                MaxConcurrency = 1, HandleSignals = false, ProgressFile = progress,
            },
            itemId: lead => lead);
    }

    // The caller stops the batch in its first item, which does not watch its token: it is abandoned.
    private static async Task InterruptedBatchAsync(ILogger logger)
    {
        using var stop = new CancellationTokenSource();
        var never = new TaskCompletionSource();
        try
        {
            await StepBatch.RunAsync(
                "Lead Export",
                ["lead-1", "lead-2"],
                async (_, _) =>
                {
                    stop.Cancel();
                    await never.Task;
                },
                new StepBatchOptions { Logger = logger, ItemLevel = LogLevel.Information, MaxConcurrency = 1, HandleSignals = false, GracePeriod = TimeSpan.Zero },
                itemId: lead => lead,
                cancellationToken: stop.Token);
        }
        finally
        {
            never.SetResult();
        }
    }
}
