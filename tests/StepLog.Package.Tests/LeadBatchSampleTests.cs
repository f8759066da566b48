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
}
