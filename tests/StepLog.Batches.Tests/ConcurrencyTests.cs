namespace StepLog.Batches.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Items_run_up_to_MaxConcurrency_at_once_and_never_more()
    {
        using var batch = new BatchFixture();
        batch.Options.MaxConcurrency = 4;
        var running = 0;
        var most = 0;
        var fourRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var result = await StepBatch.RunAsync("Parallel", Enumerable.Range(1, 200), async (item, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (now == 4)
            {
                fourRunning.TrySetResult();
            }

            if (item <= 4)
            {
                // The first four wait for each other: with less concurrency than asked for, this fails the test.
                await fourRunning.Task.WaitAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
            }

            await Task.Yield();
            Interlocked.Decrement(ref running);
        }, batch.Options);

        Assert.Equal(200, result.Succeeded);
        Assert.Equal(4, most);
        Assert.Equal(200, batch.Lines.Count(l => l.StartsWith("✅")));
        Assert.Equal(Enumerable.Range(1, 200), batch.Capture.Entries.Where(e => e.Message.StartsWith("✅")).Select(e => ((IStepLogEntry)e.State!).StepNumber).Order());
    }

    [Fact]
    public async Task A_hundred_thousand_no_op_items_all_complete()
    {
        var options = new StepBatchOptions { MaxConcurrency = 8, HandleSignals = false, Logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance };

        var count = 0;
        var result = await StepBatch.RunAsync("Many", Enumerable.Range(0, 100_000), (_, _) =>
        {
            Interlocked.Increment(ref count);
            return default;
        }, options);

        Assert.Equal((100_000, 100_000, 0), (result.Total, result.Succeeded, result.Failed));
        Assert.Equal(100_000, count);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_sequence_is_enumerated_once()
    {
        using var batch = new BatchFixture();
        var enumerations = 0;
        IEnumerable<int> Items()
        {
            enumerations++;
            yield return 1;
            yield return 2;
        }

        var result = await StepBatch.RunAsync("Once", Items(), (_, _) => default, batch.Options);

        Assert.Equal((1, 2), (enumerations, result.Total));
        Assert.Equal("🚀 START: Once (total=2)", batch.Lines[0]);
    }

    [Fact]
    public async Task Bad_options_are_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            StepBatch.RunAsync("Bad", [1], (_, _) => default, new StepBatchOptions { MaxConcurrency = 0 }));
        Assert.Equal("MaxConcurrency", error.ParamName);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
