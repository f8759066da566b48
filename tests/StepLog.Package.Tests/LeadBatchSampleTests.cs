using System.Text.Json;
using System.Text.RegularExpressions;

namespace StepLog.Package.Tests;

/// <summary>The LeadBatch sample: a batch with clean INFO on the console, Debug in the session file, and a resume.</summary>
[Trait("Category", "EndToEnd")]
public class LeadBatchSampleTests
{
    [Fact]
    public void A_run_shows_the_batch_at_Information_and_a_resumed_run_skips_the_classified_leads()
    {
        using var sample = SampleRun.Of("StepLog.Samples.LeadBatch");

        var run = sample.Run("--leads", "40");

        Assert.True(run.ExitCode == 0, run.Describe());
        var console = SampleRun.Lines(run.StandardOutput);
        Assert.Equal("[INFO] 🚀 START: Lead Classification (total=40)", console[0]);
        Assert.DoesNotContain(console, l => l.Contains("[DEBUG]"));
        var complete = Regex.Match(string.Join('\n', console), @"\[INFO\] 🏁 COMPLETE: Lead Classification \(processed=40, succeeded=(\d+), failed=(\d+), success_rate=");
        Assert.True(complete.Success, run.Describe());
        var succeeded = int.Parse(complete.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var failed = int.Parse(complete.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(40, succeeded + failed);

        using (var progress = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Directory, "logs", "progress", "lead_processing.json"))))
        {
            Assert.Equal("completed", progress.RootElement.GetProperty("status").GetString());
            Assert.Equal(succeeded, progress.RootElement.GetProperty("succeeded").GetInt32());
        }

        var session = File.ReadAllText(Directory.GetFiles(Path.Combine(sample.Directory, "logs"), "SESSION_*.log").Single());
        Assert.Contains("| DBG | 🚀 START: Classify ", session);

        var resumed = sample.Run("--leads", "40", "--resume");

        Assert.True(resumed.ExitCode == 0, resumed.Describe());
        var again = SampleRun.Lines(resumed.StandardOutput);
        Assert.Equal($"[INFO] 🚀 START: Lead Classification (total=40, resumed={succeeded})", again[0]);
        Assert.Contains(again, l => l.StartsWith($"[INFO] 🏁 COMPLETE: Lead Classification (processed={failed}, ", StringComparison.Ordinal));
    }

    [Fact]
    public void Steplog_reads_an_interrupted_batch_from_its_console_and_its_session_file_as_the_sample_counted_it()
    {
        using var sample = SampleRun.Of("StepLog.Samples.LeadBatch");
        using var running = sample.Start();
        Assert.True(running.WaitForLine(l => l.Contains("📊 PROGRESS: Lead Classification", StringComparison.Ordinal), TimeSpan.FromMinutes(2)) is not null, running.Describe());

        var exit = running.Interrupt(TimeSpan.FromMinutes(1));

        Assert.True(exit == 130, running.Describe());
        // The sample's own counts: its INTERRUPTED line and its results line.
        var output = string.Join('\n', running.Output);
        var stopped = Regex.Match(output, @"⏹️  INTERRUPTED: Lead Classification \(processed=(\d+), total=500, succeeded=(\d+), failed=(\d+),");
        Assert.True(stopped.Success, running.Describe());
        var processed = long.Parse(stopped.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var failed = long.Parse(stopped.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($", {failed} failed (", output, StringComparison.Ordinal);

        // The console (Information and up): the batch, interrupted, and each failed item's operation, which logs its
        // failure at Warning or Error; the batch's failed items are its failed steps.
        var console = SampleReport.OfConsole(sample, output + "\n");
        Assert.Equal((1 + failed, 0, failed, 1), console.Operations);
        Assert.Equal(failed, console.FailedSteps.Count(f => f.StartsWith("Lead Classification [", StringComparison.Ordinal)));
        Assert.DoesNotContain(console.FailedSteps, f => f.StartsWith("(unknown operation)", StringComparison.Ordinal));
        var interrupted = Assert.Single(console.Root.GetProperty("incomplete").EnumerateArray());
        Assert.Equal(("Lead Classification", "interrupted", processed, 500L), (interrupted.GetProperty("operation").GetString(), interrupted.GetProperty("reason").GetString(), interrupted.GetProperty("last_progress").GetProperty("processed").GetInt64(), interrupted.GetProperty("last_progress").GetProperty("total").GetInt64()));

        // The session file (Debug, every item's operation, no ids): one operation per item processed, as the batch
        // counted them, and the batch.
        var session = SampleReport.Of(sample, Path.Combine("logs", "SESSION_*.log"));
        var succeeded = long.Parse(stopped.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1 + processed, succeeded, failed, 1), session.Operations);
        Assert.Equal(failed, session.FailedSteps.Count(f => f.StartsWith("Lead Classification [", StringComparison.Ordinal)));
    }
}
