using StepLog.Testing;

namespace StepLog.Batches.Tests;

/// <summary>
/// The <c>steplog.batch.items</c> counter: one per item processed, tagged with the batch's name and how the item ended;
/// and the gauges of a running batch, observed as an exporter observes them.
/// </summary>
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

    [Fact]
    public async Task A_running_batch_shows_its_processed_count_size_items_in_flight_and_last_progress_time_and_nothing_once_it_ends()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();
        var third = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var run = StepBatch.RunAsync("Observed batch", Enumerable.Range(1, 5), async (item, token) =>
        {
            if (item == 3)
            {
                third.SetResult();
                await release.Task.WaitAsync(token);
            }
        }, batch.Options);
        await third.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Two minutes on the batch's clock since its last item ended: the last progress is two minutes before now.
        batch.Clock.Advance(120);
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        metrics.RecordObservables();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

        var observed = Gauges(metrics, "Observed batch");
        Assert.Equal(2, observed["steplog.batch.processed"]);
        Assert.Equal(5, observed["steplog.batch.size"]);
        Assert.Equal(1, observed["steplog.batch.active_items"]);
        Assert.InRange(observed["steplog.batch.last_progress_time"], before - 120 - 0.01, after - 120 + 0.01);

        release.SetResult();
        await run;
        var seen = metrics.Measurements.Count(m => m.Tags.GetValueOrDefault("batch") == "Observed batch");
        metrics.RecordObservables();
        Assert.Equal(seen, metrics.Measurements.Count(m => m.Tags.GetValueOrDefault("batch") == "Observed batch"));
    }

    [Fact]
    public async Task A_batch_that_has_not_finished_an_item_shows_its_start_as_its_last_progress()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();
        var first = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var run = StepBatch.RunAsync("Unmoved batch", [1, 2], async (item, token) =>
        {
            first.TrySetResult();
            await release.Task.WaitAsync(token);
        }, batch.Options);
        await first.Task.WaitAsync(TimeSpan.FromSeconds(30));

        batch.Clock.Advance(30);
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        metrics.RecordObservables();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

        var observed = Gauges(metrics, "Unmoved batch");
        Assert.Equal(0, observed["steplog.batch.processed"]);
        Assert.InRange(observed["steplog.batch.last_progress_time"], before - 30 - 0.01, after - 30 + 0.01);
        release.SetResult();
        await run;
    }

    // The last value each instrument reported for the batch, by instrument name.
    private static Dictionary<string, double> Gauges(MetricCapture metrics, string batch) =>
        metrics.Measurements
            .Where(m => m.Instrument != BatchItems && m.Tags.GetValueOrDefault("batch") == batch)
            .GroupBy(m => m.Instrument)
            .ToDictionary(g => g.Key, g => g.Last().Value);
}
