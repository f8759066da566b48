using System.Collections;
using StepLog.Testing;

namespace StepLog.Batches.Tests;

/// <summary>
/// A batch as a whole is measured as an operation is: one <c>steplog.operation.duration</c> measurement, tagged with
/// its name and how it ended (success for COMPLETE, interrupted for INTERRUPTED, failed when it threw), its duration
/// on the batch's clock, and <c>kind=batch</c>, so that alerts tuned for operations can leave batches out.
/// </summary>
public class BatchDurationMetricTests
{
    private const string OperationDuration = "steplog.operation.duration";

    [Fact]
    public async Task A_batch_that_completes_is_measured_once_as_success_for_as_long_as_it_ran()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();

        await StepBatch.RunAsync("Measured complete batch", [1, 2], (_, _) =>
        {
            batch.Clock.Advance(0.25);
            return ValueTask.CompletedTask;
        }, batch.Options);

        var measured = Assert.Single(metrics.Of(OperationDuration, "operation", "Measured complete batch"));
        Assert.Equal("kind=batch,operation=Measured complete batch,status=success", measured.TagSet);
        Assert.Equal(0.5, measured.Value, 6);
    }

    [Fact]
    public async Task A_batch_that_completes_with_failed_items_is_measured_as_success_its_items_counted_as_failed()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();

        await StepBatch.RunAsync("Measured findings batch", [1, 2, 3], (item, _) =>
            item == 2 ? throw new InvalidOperationException("item 2 is bad") : ValueTask.CompletedTask, batch.Options);

        var measured = Assert.Single(metrics.Of(OperationDuration, "operation", "Measured findings batch"));
        Assert.Equal("kind=batch,operation=Measured findings batch,status=success", measured.TagSet);
        Assert.Single(metrics.Of("steplog.batch.items", "status", "failed"), m => m.Tags["batch"] == "Measured findings batch");
    }

    [Fact]
    public async Task A_batch_stopped_by_its_caller_is_measured_once_as_interrupted()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();
        using var caller = new CancellationTokenSource();

        var result = await StepBatch.RunAsync("Measured interrupted batch", [1, 2, 3], (_, _) =>
        {
            batch.Clock.Advance(0.125);
            caller.Cancel();
            return ValueTask.CompletedTask;
        }, batch.Options, cancellationToken: caller.Token);

        Assert.True(result.Interrupted);
        var measured = Assert.Single(metrics.Of(OperationDuration, "operation", "Measured interrupted batch"));
        Assert.Equal("kind=batch,operation=Measured interrupted batch,status=interrupted", measured.TagSet);
        Assert.Equal(0.125, measured.Value, 6);
    }

    [Fact]
    public async Task A_batch_that_throws_is_measured_once_as_failed_and_its_caller_gets_the_same_exception()
    {
        using var metrics = new MetricCapture();
        using var batch = new BatchFixture();
        var items = new ThrowingList(3, failAt: 1);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StepBatch.RunAsync("Measured failed batch", items, (_, _) => ValueTask.CompletedTask, batch.Options));

        Assert.Same(items.Thrown, thrown);
        var measured = Assert.Single(metrics.Of(OperationDuration, "operation", "Measured failed batch"));
        Assert.Equal("kind=batch,operation=Measured failed batch,status=failed", measured.TagSet);
    }

    // A user's list whose indexer fails: the one fault of the user's that a batch does not catch as an item's.
    private sealed class ThrowingList(int count, int failAt) : IReadOnlyList<int>
    {
        public InvalidOperationException Thrown { get; } = new("the list cannot read item " + failAt);

        public int Count => count;

        public int this[int index] => index == failAt ? throw Thrown : index;

        public IEnumerator<int> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
