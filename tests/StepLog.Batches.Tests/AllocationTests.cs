using Microsoft.Extensions.Logging.Abstractions;

namespace StepLog.Batches.Tests;

/// <summary>
/// Between two items, a batch with nothing to write allocates nothing: its cost per item is the item's own. Run alone:
/// a metric listener of another test would allocate on the worker's thread.
/// </summary>
[Collection(RunAloneCollection.Name)]
public class AllocationTests
{
    [Fact]
    public async Task An_item_that_succeeds_costs_no_allocation_when_nothing_is_logged_or_kept()
    {
        var options = new StepBatchOptions
        {
            HandleSignals = false,
            Logger = NullLogger.Instance,
            ProgressInterval = TimeSpan.FromHours(1),
            LogInterval = TimeSpan.FromHours(1),
        };
        const int Items = 10_000;
        long first = 0, last = 0;

        // A first run pays for what is made once (statics, the metric instrument).
        await StepBatch.RunAsync("Allocations", Enumerable.Range(1, 100).ToArray(), (_, _) => default, options);

        // Synchronous items run on the one worker's thread without yielding: its allocation counter sees every item
        // between the first and the last, and nothing of other tests.
        await StepBatch.RunAsync("Allocations", Enumerable.Range(1, Items).ToArray(), (item, _) =>
        {
            if (item == 1)
            {
                first = GC.GetAllocatedBytesForCurrentThread();
            }
            else if (item == Items)
            {
                last = GC.GetAllocatedBytesForCurrentThread();
            }

            return default;
        }, options);

        Assert.Equal(0, last - first);
    }
}
