using Microsoft.Extensions.Logging;
using StepLog.Samples.ModelCatalog;

namespace StepLog.Samples.Observability;

/// <summary>
/// <c>--incident</c>: an outage and its end, in the metrics, for StepLog's alerts (deploy/prometheus) to fire on and
/// resolve. Until a line <c>recover</c> comes on standard input, every sync times out after a second (an operation that
/// fails, slowly, and never succeeds; a step that always fails) and the batch <see cref="BatchName"/> waits on one of its
/// items (a batch that stopped moving). Then the syncs succeed again and the batch finishes. Syncs go on until stopped.
/// </summary>
internal sealed class Incident(CatalogApp healthy, CatalogApp failing, ILogger batchLogger)
{
    public const string BatchName = "Catalog Refresh";

    private const int BatchSize = 20;

    // The item the batch waits on until the recovery: after a few items, so that the batch has moved, then stopped.
    private const int StuckItem = 5;

    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RunAsync(TextReader input, CancellationToken stop)
    {
        var syncs = SyncUntilStoppedAsync(stop);
        var batch = RefreshAsync(stop);
        Console.WriteLine($"Incident: every sync times out and the batch '{BatchName}' is stalled; type 'recover' to end it.");
        if (await ReadRecoverAsync(input, stop))
        {
            _recovered.TrySetResult();
            Console.WriteLine($"Recovered: syncs succeed and the batch '{BatchName}' goes on.");
        }

        await batch;
        await syncs;
    }

    // True on a line "recover"; false when stopped. Without standard input (closed, or at its end) the incident lasts
    // until Ctrl+C. The console's reader blocks whatever token it is given, so each read runs on the pool and the wait
    // for it is what Ctrl+C cancels.
    private static async Task<bool> ReadRecoverAsync(TextReader input, CancellationToken stop)
    {
        try
        {
            while (await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(stop) is { } line)
            {
                if (line.Trim().Equals("recover", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Stopped during the incident.
        }

        return false;
    }

    private async Task SyncUntilStoppedAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var app = _recovered.Task.IsCompleted ? healthy : failing;
                try
                {
                    await app.Sync.SyncAsync("openrouter", stop);
                }
                catch (TimeoutException)
                {
                    // Logged as FAILED by the step and the operation; the loop goes on, as a scheduler would.
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stop)
    {
        var options = new StepBatchOptions { Logger = batchLogger, HandleSignals = false };
        var result = await StepBatch.RunAsync(BatchName, Enumerable.Range(1, BatchSize), RefreshOneAsync, options, item => "model-" + item, stop);
        if (!stop.IsCancellationRequested)
        {
            Console.WriteLine($"The batch '{BatchName}' has ended: {result.Succeeded}/{result.Total} succeeded.");
        }
    }

    private async ValueTask RefreshOneAsync(int item, CancellationToken cancellationToken)
    {
        if (item == StuckItem)
        {
            await _recovered.Task.WaitAsync(cancellationToken);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
    }
}
