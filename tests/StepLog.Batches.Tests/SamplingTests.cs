using Microsoft.Extensions.Logging;

namespace StepLog.Batches.Tests;

/// <summary>
/// A batch under sampling: its own lines (START, PROGRESS, its last line) are always written, it never tears the run it
/// is part of, and outside any run each item is a run sampled by the operations' rule: kept when drawn, when anything in
/// it failed, or when it was slow, its lines and its own SUCCESS line dropped otherwise.
/// </summary>
public sealed class SamplingTests : IDisposable
{
    // Each test samples in a configuration of its own: they run beside the others.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();

    public void Dispose() => _configuration.Dispose();

    [Fact]
    public async Task A_batch_inside_a_sampled_run_keeps_the_whole_run()
    {
        StepLogging.SuccessSampleRate = 0;
        using var batch = new BatchFixture();
        var logger = batch.Capture.CreateLogger("Job");

        using (var job = new StepLogger(logger, "Nightly", 1))
        {
            job.Start();
            job.Step(1, "Classify");
            await StepBatch.RunAsync("Leads", ["ada", "bob"], (lead, _) =>
            {
                using var op = new StepLogger(logger, "Classify " + lead, 0);
                op.Start();
                op.Complete();
                return default;
            }, batch.Options, lead => lead);
            job.Success();
            job.Complete();
        }

        Assert.Equal(
            [
                "🚀 START: Nightly",
                "▶️  [1/1] Classify",
                "🚀 START: Leads (total=2)",
                "🚀 START: Classify ada",
                "🏁 COMPLETE: Classify ada (total_duration_ms=#)",
                "✅ [1/2] ada - SUCCESS (duration_ms=0.0)",
                "🚀 START: Classify bob",
                "🏁 COMPLETE: Classify bob (total_duration_ms=#)",
                "✅ [2/2] bob - SUCCESS (duration_ms=0.0)",
                "🏁 COMPLETE: Leads (processed=2, succeeded=2, failed=0, success_rate=100.0, rate_per_second=0.0, total_duration_ms=0.0)",
                "✅ [1/1] Classify - SUCCESS (duration_ms=#)",
                "🏁 COMPLETE: Nightly (total_duration_ms=#)",
            ],
            batch.Lines.Select(Normalize));
    }

    [Fact]
    public async Task Outside_any_run_each_item_is_a_run_sampled_as_a_whole_with_its_operations()
    {
        StepLogging.SuccessSampleRate = 0;
        using var batch = new BatchFixture();
        var logger = batch.Capture.CreateLogger("Job");

        await StepBatch.RunAsync("Leads", ["ada", "bob"], (lead, _) =>
        {
            using var op = new StepLogger(logger, "Classify " + lead, 0);
            op.Start();
            if (lead == "bob")
            {
                op.Complete(new InvalidOperationException("no such domain"));
            }
            else
            {
                op.Complete();
            }

            return default;
        }, batch.Options, lead => lead);

        // ada's run succeeded and was quick: dropped, its SUCCESS line with it. bob's operation failed: its run is kept.
        Assert.Equal(
            [
                "🚀 START: Leads (total=2)",
                "🚀 START: Classify bob",
                "🏁 COMPLETE: Classify bob (status=failed, error=no such domain, total_duration_ms=#)",
                "✅ [2/2] bob - SUCCESS (duration_ms=0.0)",
                "🏁 COMPLETE: Leads (processed=2, succeeded=2, failed=0, success_rate=100.0, rate_per_second=0.0, total_duration_ms=0.0)",
            ],
            batch.Lines.Select(Normalize));
    }

    [Fact]
    public async Task Outside_any_run_a_failed_item_and_a_slow_item_are_kept_and_a_quick_successful_one_is_not()
    {
        StepLogging.SuccessSampleRate = 0;
        StepLogging.SlowOperationThreshold = TimeSpan.FromSeconds(1);
        using var batch = new BatchFixture();

        await StepBatch.RunAsync("Leads", ["quick", "slow", "bad"], (lead, _) =>
        {
            if (lead == "slow")
            {
                batch.Clock.Advance(2);
            }

            return lead == "bad" ? throw new InvalidOperationException("no such domain") : default;
        }, batch.Options, lead => lead);

        Assert.Equal(
            [
                "🚀 START: Leads (total=3)",
                "✅ [2/3] slow - SUCCESS (duration_ms=2000.0)",
                "❌ [3/3] bad - FAILED: no such domain (duration_ms=0.0)",
            ],
            batch.Lines.Where(line => !line.StartsWith("🏁", StringComparison.Ordinal)));
        Assert.StartsWith("🏁 COMPLETE: Leads (processed=3, succeeded=2, failed=1,", batch.Lines[^1]);
    }

    [Fact]
    public async Task Outside_any_run_an_abandoned_item_is_kept_its_held_lines_written_before_its_ABANDONED_line()
    {
        StepLogging.SuccessSampleRate = 0;
        using var batch = new BatchFixture();
        batch.Options.GracePeriod = TimeSpan.FromMilliseconds(50);
        var logger = batch.Capture.CreateLogger("Job");
        using var started = new ManualResetEventSlim();
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();

        var run = new BatchRun<string>("Leads", ["a", "b"], async (lead, _) =>
        {
            if (lead == "b")
            {
                var op = new StepLogger(logger, "Classify b", 0);
                op.Start();
                started.Set();
                await released.Task; // ignores its token: the run abandons it
            }
        }, batch.Options, lead => lead);

        var running = Task.Run(() => run.RunAsync(stop.Token));
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));
        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
        released.SetResult();

        var lines = batch.Lines.ToList();
        var abandoned = lines.FindIndex(l => l.StartsWith("⏹️  [2/2] b - ABANDONED", StringComparison.Ordinal));
        Assert.True(abandoned > 0, string.Join(Environment.NewLine, lines));
        Assert.Equal("🚀 START: Classify b", lines[abandoned - 1]);
        Assert.DoesNotContain(lines, l => l.Contains("[1/2] a - SUCCESS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task At_rate_1_every_item_line_is_written_as_without_sampling()
    {
        StepLogging.SuccessSampleRate = 1;
        using var batch = new BatchFixture();

        await StepBatch.RunAsync("Leads", ["ada", "bob"], (_, _) => default, batch.Options, lead => lead);

        Assert.Contains("✅ [1/2] ada - SUCCESS (duration_ms=0.0)", batch.Lines);
        Assert.Contains("✅ [2/2] bob - SUCCESS (duration_ms=0.0)", batch.Lines);
    }

    // The operations' durations are real; the batch's lines take theirs from the fake clock.
    private static string Normalize(string line) =>
        line.Contains("Leads") || line.Contains("/2]")
            ? line
            : System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=[0-9.]+", "duration_ms=#");
}
