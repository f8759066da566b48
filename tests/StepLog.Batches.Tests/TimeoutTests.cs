using Microsoft.Extensions.Logging;

namespace StepLog.Batches.Tests;

public class TimeoutTests
{
    [Fact]
    public async Task An_item_past_its_timeout_fails_at_Warning_and_the_batch_goes_on()
    {
        using var batch = new BatchFixture();
        batch.Options.ItemTimeout = TimeSpan.FromMilliseconds(30);

        var result = await StepBatch.RunAsync("Timeouts", ["fast", "stuck", "after"], async (item, token) =>
        {
            if (item == "stuck")
            {
                await Task.Delay(Timeout.Infinite, token);
            }
        }, batch.Options, s => s);

        var line = batch.Capture.Entries.Single(e => e.Message.StartsWith("❌"));
        Assert.Equal("❌ [2/3] stuck - FAILED: timed out after 30.0 ms (duration_ms=0.0)", line.Message);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal((2, 1, 1, false), (result.Succeeded, result.Failed, result.TimedOut, result.Interrupted));
        var error = Assert.Single(result.Errors);
        Assert.True(error.TimedOut);
        Assert.Null(error.Exception);
    }

    [Fact]
    public async Task An_item_cancelled_by_its_own_code_before_the_timeout_is_a_plain_failure()
    {
        using var batch = new BatchFixture();
        batch.Options.ItemTimeout = TimeSpan.FromMinutes(10);

        var result = await StepBatch.RunAsync("Own cancel", [1], (_, _) => throw new OperationCanceledException("gave up"), batch.Options);

        Assert.Equal((1, 0), (result.Failed, result.TimedOut));
        Assert.Contains("❌ [1/1] 1 - FAILED: gave up (duration_ms=0.0)", batch.Lines);
    }

    [Fact]
    public async Task The_batch_timeout_stops_taking_items_and_the_grace_period_then_cancels_those_in_flight()
    {
        using var batch = new BatchFixture();
        batch.Options.BatchTimeout = TimeSpan.FromMilliseconds(500);
        batch.Options.GracePeriod = TimeSpan.FromMilliseconds(20);

        var result = await StepBatch.RunAsync("Timed batch", Enumerable.Range(1, 5), async (item, token) =>
        {
            batch.Clock.Advance(1);
            if (item == 2)
            {
                await Task.Delay(Timeout.Infinite, token);
            }
        }, batch.Options);

        Assert.True(result.Interrupted);
        Assert.Equal((1, 0, 5), (result.Succeeded, result.Failed, result.Total));
        Assert.Equal(
            [
                "🚀 START: Timed batch (total=5)",
                "✅ [1/5] 1 - SUCCESS (duration_ms=1000.0)",
                "⏹️  [2/5] 2 - CANCELLED (duration_ms=1000.0)",
                "⏹️  INTERRUPTED: Timed batch (processed=1, total=5, succeeded=1, failed=0, total_duration_ms=2000.0)",
            ],
            batch.Lines);
    }
}
