using Microsoft.Extensions.Logging;

namespace StepLog.Batches.Tests;

/// <summary>Sampling settings are process-wide: these tests run alone, after every other test of the assembly.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SamplingCollection
{
    public const string Name = "StepLog sampling";
}

/// <summary>A batch under sampling: its own lines are always written, and it never tears the run it is part of.</summary>
[Collection(SamplingCollection.Name)]
public sealed class SamplingTests : IDisposable
{
    public void Dispose() => StepLogging.SuccessSampleRate = 1.0;

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
    public async Task Outside_any_run_a_batch_writes_its_lines_and_each_items_operations_are_sampled_alone()
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

        Assert.Equal(
            [
                "🚀 START: Leads (total=2)",
                "✅ [1/2] ada - SUCCESS (duration_ms=0.0)",
                "🚀 START: Classify bob",
                "🏁 COMPLETE: Classify bob (status=failed, error=no such domain, total_duration_ms=#)",
                "✅ [2/2] bob - SUCCESS (duration_ms=0.0)",
                "🏁 COMPLETE: Leads (processed=2, succeeded=2, failed=0, success_rate=100.0, rate_per_second=0.0, total_duration_ms=0.0)",
            ],
            batch.Lines.Select(Normalize));
    }

    // The operations' durations are real; the batch's lines take theirs from the fake clock.
    private static string Normalize(string line) =>
        line.Contains("Leads") || line.Contains("/2]")
            ? line
            : System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=[0-9.]+", "duration_ms=#");
}
