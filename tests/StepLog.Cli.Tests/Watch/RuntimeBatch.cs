using Microsoft.Extensions.Logging.Abstractions;

namespace StepLog.Cli.Tests.Watch;

/// <summary>Runs a real StepBatch, so that its progress file is written by the runtime's own writer.</summary>
internal static class RuntimeBatch
{
    public static Task<BatchResult> RunAsync(string name, string progressFile, int items, Func<int, CancellationToken, ValueTask> process) =>
        StepBatch.RunAsync(
            name,
            Enumerable.Range(1, items),
            process,
            new StepBatchOptions
            {
                ProgressFile = progressFile,
                ProgressInterval = TimeSpan.Zero,
                HandleSignals = false,
                Logger = NullLogger.Instance,
            },
            itemId: item => "item-" + item);

    /// <summary>Waits until the progress file says <paramref name="processed"/> items are done.</summary>
    public static async Task WaitForProcessedAsync(string progressFile, int processed)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(progressFile) && File.ReadAllText(progressFile).Contains($"\"processed\": {processed},"))
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"the progress file never reached processed={processed}");
    }
}
