namespace StepLog.Batches.Tests;

/// <summary>
/// A stop ends the run whatever the items do: an item that ignores its token is abandoned once the grace period and
/// a short margin are over, and its late end (its thread keeps running in this process) changes nothing.
/// </summary>
public class AbandonTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30); // far beyond grace period and margin: a hang, not a slow stop

    // An item ignores its token by blocking its thread (Thread.Sleep, a blocking call) or by awaiting without it.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_callers_token_ends_the_run_even_when_an_item_ignores_its_token(bool blocksItsThread)
    {
        using var batch = new BatchFixture();
        using var stop = new CancellationTokenSource();
        await AssertTheIgnoringItemIsAbandonedAsync(batch, blocksItsThread, () => stop.Cancel(), stop.Token);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_batch_timeout_ends_the_run_even_when_an_item_ignores_its_token(bool blocksItsThread)
    {
        using var batch = new BatchFixture();
        batch.Options.BatchTimeout = TimeSpan.FromMilliseconds(100);
        await AssertTheIgnoringItemIsAbandonedAsync(batch, blocksItsThread, () => { }, CancellationToken.None);
    }

    private static async Task AssertTheIgnoringItemIsAbandonedAsync(BatchFixture batch, bool blocksItsThread, Action stopNow, CancellationToken callerToken)
    {
        batch.Options.GracePeriod = TimeSpan.FromMilliseconds(50);
        batch.Options.Checkpoint = batch.PathOf("abandon.checkpoint");
        batch.Options.ProgressFile = batch.PathOf("abandon.json");
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = new BatchRun<string>("Stuck", ["a", "b", "c"], async (item, _) =>
        {
            if (item != "b")
            {
                return;
            }

            started.Set();
            if (blocksItsThread)
            {
                release.Wait(CancellationToken.None);
            }
            else
            {
                await released.Task;
            }
        }, batch.Options, s => s);

        // Started off the test's thread: a run that blocked its caller would otherwise hang the test, not fail it.
        var running = Task.Run(() => run.RunAsync(callerToken));
        Assert.True(started.Wait(Hang, CancellationToken.None));
        stopNow();
        var result = await running.WaitAsync(Hang, CancellationToken.None);

        Assert.True(result.Interrupted);
        Assert.Equal((1, 0), (result.Succeeded, result.Failed));
        Assert.Equal(["b"], result.Abandoned);
        Assert.Contains(batch.Lines, l => l.StartsWith("⏹️  [2/3] b - ABANDONED (duration_ms="));
        Assert.StartsWith("⏹️  INTERRUPTED: Stuck (processed=1, total=3, succeeded=1, failed=0, abandoned=1, total_duration_ms=", batch.Lines[^1]);
        Assert.Equal(["a"], Checkpoint.Read(batch.Options.Checkpoint).Keys);
        Assert.Equal("interrupted", ProgressFileTests.Read(batch.Options.ProgressFile).GetProperty("status").GetString());

        // The abandoned item ends after the run: nothing the run reported or wrote changes.
        var linesAtEnd = batch.Lines.Count;
        release.Set();
        released.SetResult();
        await run.Workers!.WaitAsync(Hang, CancellationToken.None);

        Assert.Equal(linesAtEnd, batch.Lines.Count);
        Assert.Equal(["a"], Checkpoint.Read(batch.Options.Checkpoint).Keys);
        Assert.Equal("interrupted", ProgressFileTests.Read(batch.Options.ProgressFile).GetProperty("status").GetString());
        Assert.Equal(1, ProgressFileTests.Read(batch.Options.ProgressFile).GetProperty("processed").GetInt32());
    }
}
