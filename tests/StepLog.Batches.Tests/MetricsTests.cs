using StepLog.Testing;

namespace StepLog.Batches.Tests;

/// <summary>The <c>steplog.batch.items</c> counter: one per item processed, tagged with the batch's name and how the item ended.</summary>
public class MetricsTests
{
    private const string BatchItems = "steplog.batch.items";

    [Fact]
    public async Task Every_item_is_counted_per_batch_and_status()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();
        batch.Options.ItemTimeout = TimeSpan.FromMilliseconds(30);

        var result = await StepBatch.RunAsync("Counted batch", Enumerable.Range(1, 10), async (item, token) =>
        {
            if (item == 7)
            {
                await Task.Delay(Timeout.Infinite, token);
            }

            if (item % 3 == 0)
            {
                throw new InvalidOperationException("item " + item + " is bad");
            }
        }, batch.Options);

        Assert.Equal((6, 4, 1), (result.Succeeded, result.Failed, result.TimedOut));
        var counted = metrics.Of(BatchItems, "batch", "Counted batch");
        Assert.Equal(
            [
                "batch=Counted batch,status=failed: 3",
                "batch=Counted batch,status=success: 6",
                "batch=Counted batch,status=timeout: 1",
            ],
            counted.GroupBy(m => m.TagSet).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ": " + g.Sum(m => m.Value)).ToArray());
    }

    [Fact]
    public async Task Items_stopped_by_the_hard_stop_are_counted_as_cancelled()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();
        batch.Options.BatchTimeout = TimeSpan.FromMilliseconds(200);
        batch.Options.GracePeriod = TimeSpan.FromMilliseconds(20);

        await StepBatch.RunAsync("Cancelled batch", [1, 2], async (item, token) =>
        {
            if (item == 2)
            {
                await Task.Delay(Timeout.Infinite, token);
            }
        }, batch.Options);

        var counted = metrics.Of(BatchItems, "batch", "Cancelled batch");
        Assert.Equal(["batch=Cancelled batch,status=cancelled", "batch=Cancelled batch,status=success"], counted.Select(m => m.TagSet).Order(StringComparer.Ordinal));
    }
}
